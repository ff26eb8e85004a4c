package vn.parindex.reports;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sRGB colour profile a PDF/A file names as its output intent, written once from the JDK's own
 * profile to a file, as JasperReports reads the profile from a location. Taken from the running JDK
 * so that no profile of a third party ships with the product.
 */
final class SrgbProfile {
  private SrgbProfile() {}

  private static final class Holder {
    static final String PATH = write();
  }

  /** Where the profile lies. */
  static String path() {
    return Holder.PATH;
  }

  private static String write() {
    try {
      Path file = Files.createTempFile("parindex-srgb-", ".icc");
      file.toFile().deleteOnExit();
      Files.write(file, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
      return file.toAbsolutePath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("The sRGB profile of the PDF/A files could not be written", e);
    }
  }
}
