package vn.parindex.framework;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads an uploaded framework table, CSV or XLSX, told apart by its content rather than by its name
 * or declared type: an XLSX is a ZIP archive, anything else is read as UTF-8 CSV.
 */
public final class FrameworkFile {
  /** A framework table is a few hundred rows; anything far larger is a mistake. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private FrameworkFile() {}

  public static List<NodeRow> read(byte[] content) {
    if (isZip(content)) {
      return FrameworkXlsx.read(new ByteArrayInputStream(content));
    }
    return FrameworkCsv.read(
        new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
  }

  private static boolean isZip(byte[] content) {
    return content.length >= 4
        && content[0] == 'P'
        && content[1] == 'K'
        && content[2] == 3
        && content[3] == 4;
  }
}
