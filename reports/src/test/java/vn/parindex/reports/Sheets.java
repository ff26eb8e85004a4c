package vn.parindex.reports;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Rows of an exported workbook as a reader finds them. */
final class Sheets {
  private Sheets() {}

  static Row rowStartingWith(Sheet sheet, String first) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
          if (cell.getStringCellValue().equals(first)) {
            return row;
          }
          break;
        }
      }
    }
    throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
  }

  static List<Double> numbers(Row row) {
    List<Double> numbers = new ArrayList<>();
    row.forEach(
        c -> {
          if (c.getCellType() == CellType.NUMERIC) {
            numbers.add(c.getNumericCellValue());
          }
        });
    return numbers;
  }

  static List<String> strings(Row row) {
    List<String> strings = new ArrayList<>();
    row.forEach(
        c -> {
          if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isBlank()) {
            strings.add(c.getStringCellValue());
          }
        });
    return strings;
  }

  static Cell cellWith(Row row, String text) {
    for (Cell c : row) {
      if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
        return c;
      }
    }
    throw new AssertionError("no cell " + text + " in row " + row.getRowNum());
  }
}
