package vn.parindex.shared;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as the province's spreadsheets read it: UTF-8 with a byte order mark (without it Excel
 * shows Vietnamese as mojibake), CRLF line ends, quotes only where needed, and no cell that a
 * spreadsheet would run as a formula ({@link FormulaCells}).
 */
public final class CsvWriter {
  private CsvWriter() {}

  /** The byte order mark that tells Excel the file is UTF-8. */
  public static void start(Writer out) throws IOException {
    out.write('\uFEFF');
  }

  /** One row; a null cell is written empty. */
  public static void line(List<String> cells, Writer out) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String cell = FormulaCells.neutral(cells.get(i) == null ? "" : cells.get(i));
      if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
        out.write('"' + cell.replace("\"", "\"\"") + '"');
      } else {
        out.write(cell);
      }
    }
    out.write("\r\n");
  }
}
