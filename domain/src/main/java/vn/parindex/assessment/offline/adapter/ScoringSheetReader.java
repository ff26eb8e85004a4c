package vn.parindex.assessment.offline.adapter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.assessment.offline.SheetColumn;
import vn.parindex.assessment.offline.SheetRow;
import vn.parindex.assessment.offline.SheetUpload;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;
import vn.parindex.shared.adapter.TableFile;

/**
 * Reads back a sheet {@link ScoringSheetXlsx} wrote and somebody filled: its campaign and unit, its
 * rows as texts, and where its structure no longer is what was written. A file that is not such a
 * workbook is refused whole.
 */
public final class ScoringSheetReader {
  private ScoringSheetReader() {}

  public static SheetUpload read(byte[] content) {
    if (!TableFile.isZip(content)) {
      throw InvalidInputException.of(Violation.ofField("file", "sheet.unreadable"));
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet meta = workbook.getSheet(ScoringSheetXlsx.META);
      if (meta == null || workbook.getNumberOfSheets() < 2) {
        throw InvalidInputException.of(Violation.ofField("file", "sheet.notOurs"));
      }
      Sheet data = workbook.getSheetAt(0);
      List<Violation> structure =
          headings(meta.getRow(2), data.getRow(ScoringSheetXlsx.HEADING_ROW));
      List<SheetRow> rows = new ArrayList<>();
      for (int r = ScoringSheetXlsx.HEADING_ROW + 1; r <= data.getLastRowNum(); r++) {
        Row row = data.getRow(r);
        if (row != null) {
          rows.add(row(row));
        }
      }
      return new SheetUpload(campaign(meta), text(meta.getRow(1), 1), rows, structure);
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException refused) {
        throw refused;
      }
      throw InvalidInputException.of(Violation.ofField("file", "sheet.unreadable"));
    }
  }

  /** Each heading that is no longer the one written above its column. */
  private static List<Violation> headings(Row written, Row found) {
    List<Violation> problems = new ArrayList<>();
    for (SheetColumn column : SheetColumn.values()) {
      String expected = text(written, column.ordinal());
      String actual = text(found, column.ordinal());
      if (expected == null || !expected.equals(actual)) {
        problems.add(
            Violation.ofCell(
                ScoringSheetXlsx.HEADING_ROW + 1,
                column.letter(),
                "sheet.heading",
                String.valueOf(expected)));
      }
    }
    String extra = text(found, SheetColumn.values().length);
    if (extra != null) {
      problems.add(
          Violation.ofCell(
              ScoringSheetXlsx.HEADING_ROW + 1,
              String.valueOf((char) ('A' + SheetColumn.values().length)),
              "sheet.column.extra",
              extra));
    }
    return problems;
  }

  private static SheetRow row(Row row) {
    return new SheetRow(
        row.getRowNum() + 1,
        text(row, SheetColumn.CODE.ordinal()),
        text(row, SheetColumn.VALUE.ordinal()),
        text(row, SheetColumn.SELF_SCORE.ordinal()),
        text(row, SheetColumn.EXPLANATION.ordinal()),
        text(row, SheetColumn.VERSION.ordinal()));
  }

  private static Long campaign(Sheet meta) {
    String id = text(meta.getRow(0), 1);
    try {
      return id == null ? null : Long.valueOf(id);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A cell as text: a number in plain notation (3.5, never 3.5E0), empty as null. */
  static String text(Row row, int column) {
    Cell cell = row == null ? null : row.getCell(column);
    if (cell == null) {
      return null;
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    String text =
        switch (type) {
          case NUMERIC ->
              BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
          case STRING -> cell.getStringCellValue();
          case BOOLEAN -> cell.getBooleanCellValue() ? "1" : "0";
          default -> null;
        };
    return text == null || text.isBlank() ? null : text;
  }
}
