package vn.parindex.evidence.adapter;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;

/**
 * A file's media type from its bytes (Apache Tika's magic), the name only telling apart formats
 * that share a container (a DOCX is a ZIP). The one place in the evidence that knows Tika.
 */
public final class FileTypeDetector {
  private static final Detector DETECTOR = MimeTypes.getDefaultMimeTypes();

  private FileTypeDetector() {}

  /** The base media type, such as {@code application/pdf}. */
  public static String detect(Path file, String fileName) throws IOException {
    Metadata metadata = new Metadata();
    if (fileName != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    try (TikaInputStream in = TikaInputStream.get(file)) {
      return DETECTOR.detect(in, metadata).getBaseType().toString();
    }
  }
}
