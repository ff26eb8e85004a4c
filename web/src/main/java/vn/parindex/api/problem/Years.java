package vn.parindex.api.problem;

import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/** The year a request names: required, and one the product can hold (2000 to 2100). */
public final class Years {
  private Years() {}

  /** Read as text: a year that is not a number is the caller's mistake (422), not a 404. */
  public static int checked(String year) {
    int value;
    try {
      value = Integer.parseInt(String.valueOf(year).strip());
    } catch (NumberFormatException e) {
      value = 0;
    }
    if (value < 2000 || value > 2100) {
      throw InvalidInputException.of(Violation.ofField("year", "timeliness.year.invalid"));
    }
    return value;
  }
}
