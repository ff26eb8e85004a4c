package vn.parindex.shared;

/**
 * Text that a spreadsheet would take for a formula ({@code =CMD|' /C calc'!A0}, {@code +1+1},
 * {@code @SUM(…)}, {@code -2+3}) is written with a leading apostrophe, which Excel and LibreOffice
 * read as "this is text"; a table the product exported comes back without it.
 */
public final class FormulaCells {
  private FormulaCells() {}

  /** The cell as it can be written to a CSV that someone will open in a spreadsheet. */
  public static String neutral(String cell) {
    return dangerous(cell) ? "'" + cell : cell;
  }

  /** The cell as it was before {@link #neutral}, for a table read back in. */
  public static String restored(String cell) {
    return cell != null && cell.startsWith("'") && dangerous(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }

  private static boolean dangerous(String cell) {
    if (cell == null || cell.isEmpty()) {
      return false;
    }
    char first = cell.charAt(0);
    if (first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r') {
      return true;
    }
    // A negative number is data; a minus before anything else starts a formula.
    return first == '-' && !cell.matches("-\\d+([.,]\\d+)?");
  }
}
