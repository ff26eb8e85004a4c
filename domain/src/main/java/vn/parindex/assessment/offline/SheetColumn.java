package vn.parindex.assessment.offline;

/**
 * The columns of the offline sheet, in their order. Only the input, the self-score and the
 * explanation are for the unit to fill; the others say what the leaf is and which version of it the
 * sheet was made from.
 */
public enum SheetColumn {
  CODE,
  TITLE,
  MAX,
  RULE,
  VALUE,
  SELF_SCORE,
  EXPLANATION,
  EVIDENCE,
  VERSION;

  /** The column's letter, as Excel and LibreOffice show it. */
  public String letter() {
    return String.valueOf((char) ('A' + ordinal()));
  }

  /** The column's heading, as a message key. */
  public String headingKey() {
    return "sheet.column." + name();
  }
}
