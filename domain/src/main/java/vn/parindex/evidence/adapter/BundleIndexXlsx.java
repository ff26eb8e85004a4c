package vn.parindex.evidence.adapter;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The index of an evidence bundle as a workbook: a row per file (leaf, number, date, issuer,
 * citation, file in the bundle, size, SHA-256), written through POI's streaming workbook, which
 * keeps a hundred rows in memory however many files the bundle holds.
 */
public final class BundleIndexXlsx {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** One file of the bundle. */
  public record IndexRow(
      String nodeCode,
      String number,
      LocalDate issuedOn,
      String issuer,
      String citation,
      String file,
      long size,
      String sha256) {}

  private BundleIndexXlsx() {}

  public static void write(List<IndexRow> rows, List<String> titles, OutputStream out)
      throws IOException {
    // Closing the streaming workbook also deletes its temporary files.
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle heading = workbook.createCellStyle();
      heading.setFont(bold);
      Sheet sheet = workbook.createSheet("Muc luc");
      Row header = sheet.createRow(0);
      for (int c = 0; c < titles.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(titles.get(c));
        cell.setCellStyle(heading);
      }
      int r = 1;
      for (IndexRow row : rows) {
        Row line = sheet.createRow(r++);
        text(line, 0, row.nodeCode());
        text(line, 1, row.number());
        text(line, 2, row.issuedOn() == null ? null : DAY.format(row.issuedOn()));
        text(line, 3, row.issuer());
        text(line, 4, row.citation());
        text(line, 5, row.file());
        line.createCell(6).setCellValue(row.size());
        text(line, 7, row.sha256());
      }
      int[] widths = {10, 20, 12, 30, 30, 50, 12, 66};
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      workbook.write(out);
    }
  }

  private static void text(Row row, int column, String value) {
    if (value != null) {
      row.createCell(column).setCellValue(value);
    }
  }
}
