package vn.parindex.framework.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.framework.FrameworkCsv;
import vn.parindex.framework.NodeRow;
import vn.parindex.shared.adapter.TableFile;

/**
 * The framework table as an Excel workbook: the first sheet, header in row 1, the same columns as
 * {@link FrameworkCsv}. Every cell is written as text, so that Excel cannot turn code 1.10 into the
 * number 1.1.
 */
public final class FrameworkXlsx {
  private FrameworkXlsx() {}

  public static List<NodeRow> read(InputStream in) {
    return FrameworkCsv.rows(TableFile.xlsxRecords(in));
  }

  public static void write(List<NodeRow> rows, OutputStream out) throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Bộ chỉ số");
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setDataFormat(text.getDataFormat());
      writeRow(sheet.createRow(0), NodeRow.COLUMNS, header);
      for (int i = 0; i < rows.size(); i++) {
        writeRow(sheet.createRow(i + 1), rows.get(i).cells(), text);
      }
      sheet.createFreezePane(0, 1);
      workbook.write(out);
    }
  }

  private static void writeRow(Row row, List<String> cells, CellStyle style) {
    for (int c = 0; c < cells.size(); c++) {
      Cell cell = row.createCell(c);
      cell.setCellStyle(style);
      cell.setCellValue(cells.get(c));
    }
  }
}
