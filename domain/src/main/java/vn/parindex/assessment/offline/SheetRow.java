package vn.parindex.assessment.offline;

/**
 * One data row of an uploaded sheet, its cells as read (a number in plain notation, a text as
 * typed, empty as null), with its row number in the workbook for the messages.
 */
public record SheetRow(
    int number, String code, String value, String selfScore, String explanation, String version) {

  public boolean blank() {
    return code == null && value == null && selfScore == null && explanation == null;
  }
}
