package vn.parindex.assessment.offline.adapter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.assessment.SelfScoring;
import vn.parindex.assessment.offline.OfflineSheet;
import vn.parindex.assessment.offline.SheetColumn;
import vn.parindex.assessment.offline.SheetLeaf;
import vn.parindex.framework.ScoringRule;
import vn.parindex.shared.MessageKey;
import vn.parindex.shared.adapter.XlsxCells;

/**
 * Writes a unit's offline scoring sheet: a row per leaf, only the input, self-score and explanation
 * cells open for typing (the sheet is protected, without a password, so that rows and columns stay
 * where the upload expects them), each with Excel's own check of its range, and a hidden sheet that
 * says which campaign and unit it is for and which headings it was written with. {@link
 * ScoringSheetReader} reads it back.
 */
public final class ScoringSheetXlsx {
  /** The hidden sheet that identifies the workbook. */
  static final String META = "parindex";

  /** The row of the headings; the leaves follow it. */
  static final int HEADING_ROW = 1;

  private static final int[] WIDTHS = {9, 46, 8, 34, 11, 11, 46, 22, 9};

  /** The height of a line of 12-point text, in points. */
  private static final float LINE = 15.5f;

  private ScoringSheetXlsx() {}

  /** Writes {@code sheet}; {@code text} resolves a message in the reader's language. */
  public static void write(OfflineSheet sheet, Function<MessageKey, String> text, OutputStream out)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      XSSFSheet data = workbook.createSheet(text.apply(new MessageKey("sheet.name")));
      Row title = data.createRow(0);
      cell(
          title,
          0,
          text.apply(
              new MessageKey(
                  sheet.editable() ? "sheet.title" : "sheet.title.locked",
                  sheet.campaignName(),
                  sheet.unitName())),
          styles.bold);
      Row headings = data.createRow(HEADING_ROW);
      for (SheetColumn column : SheetColumn.values()) {
        cell(
            headings,
            column.ordinal(),
            text.apply(new MessageKey(column.headingKey())),
            styles.heading);
        data.setColumnWidth(column.ordinal(), WIDTHS[column.ordinal()] * 256);
      }
      fitHeight(headings);
      int r = HEADING_ROW + 1;
      for (SheetLeaf leaf : sheet.leaves()) {
        leafRow(data, r++, leaf, text, styles, sheet.editable());
      }
      data.createFreezePane(1, HEADING_ROW + 1);
      data.addMergedRegion(new CellRangeAddress(0, 0, 0, SheetColumn.values().length - 1));
      title.setHeightInPoints(lines(title.getCell(0).getStringCellValue(), sum(WIDTHS)) * LINE);
      // Printed, as some departments do to collect their divisions' figures: across, one page wide.
      data.getPrintSetup().setLandscape(true);
      data.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
      data.setFitToPage(true);
      data.getPrintSetup().setFitWidth((short) 1);
      data.getPrintSetup().setFitHeight((short) 0);
      data.setRepeatingRows(new CellRangeAddress(HEADING_ROW, HEADING_ROW, -1, -1));
      data.protectSheet("");
      meta(workbook, sheet, headings);
      workbook.lockStructure();
      workbook.write(out);
    }
  }

  private static void leafRow(
      XSSFSheet data,
      int r,
      SheetLeaf leaf,
      Function<MessageKey, String> text,
      Styles styles,
      boolean editable) {
    Row row = data.createRow(r);
    cell(row, SheetColumn.CODE.ordinal(), leaf.code(), styles.plain);
    cell(row, SheetColumn.TITLE.ordinal(), leaf.title(), styles.wrapped);
    XlsxCells.number(row, SheetColumn.MAX.ordinal(), leaf.max(), styles.number);
    cell(
        row,
        SheetColumn.RULE.ordinal(),
        String.join("; ", leaf.ruleWords().stream().map(text).toList()),
        styles.wrapped);
    boolean typedValue = editable && leaf.ruleScored();
    boolean typedScore = editable && !leaf.ruleScored();
    XlsxCells.number(
        row, SheetColumn.VALUE.ordinal(), leaf.value(), typedValue ? styles.open : styles.number);
    XlsxCells.number(
        row,
        SheetColumn.SELF_SCORE.ordinal(),
        leaf.selfScore(),
        typedScore ? styles.open : styles.number);
    cell(
        row,
        SheetColumn.EXPLANATION.ordinal(),
        leaf.explanation(),
        editable ? styles.openText : styles.wrapped);
    cell(
        row,
        SheetColumn.EVIDENCE.ordinal(),
        String.join("; ", leaf.evidenceNumbers()),
        styles.wrapped);
    cell(
        row,
        SheetColumn.VERSION.ordinal(),
        leaf.version() == null ? null : leaf.version().toString(),
        styles.plain);
    fitHeight(row);
    checks(data, r, leaf, text, typedValue, typedScore, editable);
  }

  /** Excel's own checks of the cells the unit types in: the input, the score, the explanation. */
  private static void checks(
      XSSFSheet data,
      int r,
      SheetLeaf leaf,
      Function<MessageKey, String> text,
      boolean typedValue,
      boolean typedScore,
      boolean editable) {
    DataValidationHelper helper = data.getDataValidationHelper();
    if (typedValue) {
      validate(data, r, SheetColumn.VALUE, valueRange(helper, leaf), text);
    }
    if (typedScore) {
      validate(
          data,
          r,
          SheetColumn.SELF_SCORE,
          helper.createDecimalConstraint(
              DataValidationConstraint.OperatorType.BETWEEN, "0", leaf.max().toPlainString()),
          text);
    }
    if (editable) {
      validate(
          data,
          r,
          SheetColumn.EXPLANATION,
          helper.createTextLengthConstraint(
              DataValidationConstraint.OperatorType.LESS_OR_EQUAL,
              String.valueOf(SelfScoring.EXPLANATION_MAX),
              null),
          text);
    }
  }

  /**
   * Gives the row the height its longest wrapped text needs: neither Excel nor LibreOffice grows a
   * row for text written by a program until someone edits it.
   */
  private static void fitHeight(Row row) {
    int lines = 1;
    for (Cell cell : row) {
      if (cell.getCellType() == CellType.STRING) {
        lines = Math.max(lines, lines(cell.getStringCellValue(), WIDTHS[cell.getColumnIndex()]));
      }
    }
    row.setHeightInPoints(lines * LINE);
  }

  /** How many lines a text takes in a column {@code width} characters wide, counted roughly. */
  static int lines(String text, int width) {
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines += Math.max(1, (int) Math.ceil(paragraph.length() * 1.1 / width));
    }
    return Math.min(lines, 40);
  }

  private static int sum(int[] widths) {
    int total = 0;
    for (int width : widths) {
      total += width;
    }
    return total;
  }

  /** What the rule takes as input: 1 or 0, a percentage, a count, or any figure from 0. */
  private static DataValidationConstraint valueRange(DataValidationHelper helper, SheetLeaf leaf) {
    ScoringRule rule = leaf.rule();
    if (rule instanceof ScoringRule.Binary) {
      // A list, so that the cell offers its two answers: 1 achieved, 0 not.
      return helper.createExplicitListConstraint(new String[] {"1", "0"});
    }
    if (rule instanceof ScoringRule.Proportional) {
      return helper.createDecimalConstraint(
          DataValidationConstraint.OperatorType.BETWEEN, "0", "100");
    }
    if (rule instanceof ScoringRule.Deduction) {
      return helper.createIntegerConstraint(
          DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
    }
    return helper.createDecimalConstraint(
        DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
  }

  private static void validate(
      Sheet sheet,
      int r,
      SheetColumn column,
      DataValidationConstraint constraint,
      Function<MessageKey, String> text) {
    DataValidation validation =
        sheet
            .getDataValidationHelper()
            .createValidation(
                constraint, new CellRangeAddressList(r, r, column.ordinal(), column.ordinal()));
    validation.setShowErrorBox(true);
    validation.createErrorBox(
        text.apply(new MessageKey("sheet.invalid.title")),
        text.apply(new MessageKey("sheet.invalid." + column.name())));
    sheet.addValidationData(validation);
  }

  /**
   * The hidden sheet: the campaign and unit, and the headings as written, which an upload must
   * still have (in whatever language the sheet was downloaded).
   */
  private static void meta(XSSFWorkbook workbook, OfflineSheet sheet, Row headings) {
    Sheet meta = workbook.createSheet(META);
    Row campaign = meta.createRow(0);
    campaign.createCell(0).setCellValue("campaign");
    campaign.createCell(1).setCellValue(String.valueOf(sheet.campaignId()));
    Row unit = meta.createRow(1);
    unit.createCell(0).setCellValue("unit");
    unit.createCell(1).setCellValue(sheet.unitCode());
    Row written = meta.createRow(2);
    for (SheetColumn column : SheetColumn.values()) {
      written
          .createCell(column.ordinal())
          .setCellValue(headings.getCell(column.ordinal()).getStringCellValue());
    }
    meta.protectSheet("");
    workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
  }

  private static void cell(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
  }

  /** The cell styles: official Times New Roman; the cells to type in unlocked and shaded. */
  private static final class Styles {
    final CellStyle plain;
    final CellStyle bold;
    final CellStyle heading;
    final CellStyle wrapped;
    final CellStyle number;
    final CellStyle open;
    final CellStyle openText;

    Styles(XSSFWorkbook workbook) {
      Font font = font(workbook, false);
      Font boldFont = font(workbook, true);
      plain = style(workbook, font);
      bold = style(workbook, boldFont);
      bold.setWrapText(true);
      heading = style(workbook, boldFont);
      heading.setWrapText(true);
      wrapped = style(workbook, font);
      wrapped.setWrapText(true);
      number = style(workbook, font);
      number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      open = style(workbook, font);
      open.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      unlocked(open);
      openText = style(workbook, font);
      openText.setWrapText(true);
      unlocked(openText);
    }

    private static Font font(XSSFWorkbook workbook, boolean bold) {
      Font font = workbook.createFont();
      font.setFontName("Times New Roman");
      font.setFontHeightInPoints((short) 12);
      font.setBold(bold);
      return font;
    }

    private static CellStyle style(XSSFWorkbook workbook, Font font) {
      CellStyle style = workbook.createCellStyle();
      style.setFont(font);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    }

    private static void unlocked(CellStyle style) {
      style.setLocked(false);
      style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
  }
}
