package vn.parindex.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
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

  private static final Detector DETECTOR = MimeTypes.getDefaultMimeTypes();

  private EvidenceTypes() {}

  /** The accepted type of the file, or a refusal naming what it really is. */
  public static String check(Path file, String fileName) throws IOException {
    Metadata metadata = new Metadata();
    if (fileName != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    MediaType type;
    try (TikaInputStream in = TikaInputStream.get(file)) {
      type = DETECTOR.detect(in, metadata);
    }
    String base = type.getBaseType().toString();
    if (!ALLOWED.containsKey(base)) {
      throw new UnsupportedFileTypeException(fileName, base);
    }
    return base;
  }
}
