package vn.parindex.framework;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.parindex.framework.adapter.FrameworkXlsx;
import vn.parindex.shared.adapter.TableFile;

/**
 * Reads an uploaded framework table, CSV or XLSX, told apart by its content rather than by its name
 * or declared type: an XLSX is a ZIP archive, anything else is read as UTF-8 CSV.
 */
public final class FrameworkFile {
  /** A framework table is a few hundred rows; anything far larger is a mistake. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private FrameworkFile() {}

  public static List<NodeRow> read(byte[] content) {
    if (TableFile.isZip(content)) {
      return FrameworkXlsx.read(new ByteArrayInputStream(content));
    }
    return FrameworkCsv.read(
        new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
  }
}
