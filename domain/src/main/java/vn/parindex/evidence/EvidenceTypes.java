package vn.parindex.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import vn.parindex.evidence.adapter.FileTypeDetector;
import vn.parindex.shared.UnsupportedFileTypeException;

/**
 * Tells an evidence file's type from its bytes (Apache Tika's magic), using the name only to tell
 * apart formats that share a container (a DOCX is a ZIP): a renamed program or web page is refused
 * whatever it is called.
 */
public final class EvidenceTypes {
  /** The accepted types and the extension a download is given. */
  static final Map<String, String> ALLOWED =
      Map.ofEntries(
          Map.entry("application/pdf", "pdf"),
          Map.entry("application/msword", "doc"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
          Map.entry("application/vnd.ms-excel", "xls"),
          Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
          Map.entry("application/vnd.oasis.opendocument.text", "odt"),
          Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
          Map.entry("image/jpeg", "jpg"),
          Map.entry("image/png", "png"),
          Map.entry("application/zip", "zip"));

  private EvidenceTypes() {}

  /** The accepted type of the file, or a refusal naming what it really is. */
  public static String check(Path file, String fileName) throws IOException {
    String base = FileTypeDetector.detect(file, fileName);
    if (!ALLOWED.containsKey(base)) {
      throw new UnsupportedFileTypeException(fileName, base);
    }
    return base;
  }
}
