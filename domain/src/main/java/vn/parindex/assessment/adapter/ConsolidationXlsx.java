package vn.parindex.assessment.adapter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.shared.adapter.XlsxCells;

/**
 * The coordinator's consolidation as a workbook: one row per leaf (subject, code, title, lead unit,
 * state, max, self-score, evidence count, at risk, points at risk), in Times New Roman as official
 * tables are, headings in the reader's language, with numbers as numbers so that Excel sums them.
 */
public final class ConsolidationXlsx {
  /** The column headings, as message keys. */
  static final List<String> HEADER =
      List.of(
          "consolidation.xlsx.subject",
          "consolidation.xlsx.code",
          "consolidation.xlsx.title",
          "consolidation.xlsx.lead",
          "consolidation.xlsx.state",
          "consolidation.xlsx.max",
          "consolidation.xlsx.selfScore",
          "consolidation.xlsx.documents",
          "consolidation.xlsx.atRisk",
          "consolidation.xlsx.pointsAtRisk");

  private ConsolidationXlsx() {}

  /**
   * Writes the workbook, its headings and words in the reader's language: {@code text} resolves a
   * message key.
   */
  public static void write(
      List<WorkspaceLeaf> leaves, Function<String, String> text, OutputStream out)
      throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Font font = workbook.createFont();
      font.setFontName("Times New Roman");
      font.setFontHeightInPoints((short) 12);
      CellStyle plain = workbook.createCellStyle();
      plain.setFont(font);
      Font boldFont = workbook.createFont();
      boldFont.setFontName("Times New Roman");
      boldFont.setFontHeightInPoints((short) 12);
      boldFont.setBold(true);
      CellStyle bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      CellStyle number = workbook.createCellStyle();
      number.setFont(font);
      number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));

      Sheet sheet = workbook.createSheet(text.apply("consolidation.xlsx.sheet"));
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.size(); c++) {
        text(header, c, text.apply(HEADER.get(c)), bold);
      }
      int r = 1;
      for (WorkspaceLeaf leaf : leaves) {
        Row row = sheet.createRow(r++);
        text(row, 0, leaf.getSubject().getCode(), plain);
        text(row, 1, leaf.getCode(), plain);
        text(row, 2, leaf.getNode().getNameVi(), plain);
        text(row, 3, leaf.getLeadUnitCode(), plain);
        text(row, 4, text.apply("leaf.state." + leaf.getState().name()), plain);
        XlsxCells.number(row, 5, leaf.getNode().getMaxScore(), number);
        XlsxCells.number(row, 6, leaf.getSelfScore(), number);
        Cell count = row.createCell(7);
        count.setCellValue(leaf.getEvidenceCount());
        count.setCellStyle(plain);
        text(row, 8, leaf.isAtRisk() ? text.apply("consolidation.xlsx.yes") : "", plain);
        XlsxCells.number(row, 9, leaf.isAtRisk() ? leaf.getPointsAtRisk() : null, number);
      }
      for (int c = 0; c < HEADER.size(); c++) {
        sheet.autoSizeColumn(c);
      }
      workbook.write(out);
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value == null ? "" : value);
    cell.setCellStyle(style);
  }
}
