package vn.parindex.shared.adapter;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** Cells of the workbooks the product writes. */
public final class XlsxCells {
  private XlsxCells() {}

  /** A number as a number, so that Excel sums it; blank when there is none. */
  public static void number(Row row, int column, BigDecimal value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
    cell.setCellStyle(style);
  }
}
