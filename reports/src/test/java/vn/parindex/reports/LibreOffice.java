package vn.parindex.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** LibreOffice in headless mode, when the machine has it (Debian's libreoffice-writer-nogui). */
final class LibreOffice {
  static final String MISSING =
      "LibreOffice is not installed (apt install libreoffice-writer-nogui): the DOCX's page count"
          + " is not checked";

  private LibreOffice() {}

  static Path find() {
    for (String name : List.of("/usr/bin/soffice", "/usr/bin/libreoffice")) {
      if (Files.isExecutable(Path.of(name))) {
        return Path.of(name);
      }
    }
    System.out.println("[skipped] " + MISSING);
    return null;
  }

  /**
   * The pages of the DOCX once LibreOffice has converted it to PDF; both files are left under
   * {@code target/libreoffice} to be looked at, and go with the build's other output.
   */
  static int pages(Path office, byte[] docx) throws Exception {
    Path dir =
        Files.createTempDirectory(
                Files.createDirectories(Path.of("target", "libreoffice")), "docx-")
            .toAbsolutePath();
    Path in = dir.resolve("bao-cao.docx");
    Files.write(in, docx);
    Process convert =
        new ProcessBuilder(
                office.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                in.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    if (!convert.waitFor(180, TimeUnit.SECONDS)) {
      convert.destroyForcibly();
      throw new AssertionError("LibreOffice did not answer within 3 minutes");
    }
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("bao-cao.pdf").toFile())) {
      return pdf.getNumberOfPages();
    }
  }
}
