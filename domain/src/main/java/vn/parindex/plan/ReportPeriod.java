package vn.parindex.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a progress report covers: a month ({@code 2026-03}) or a quarter ({@code 2026-Q1}), as
 * the People's Committee asks for reports monthly or quarterly. One report per task and period: a
 * second one for the same period replaces the first.
 */
public record ReportPeriod(int year, int month, int quarter) {
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  /** The period written {@code 2026-03} or {@code 2026-Q1}, or null when it is neither. */
  public static ReportPeriod parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = MONTH.matcher(text.strip());
    if (m.matches()) {
      return new ReportPeriod(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0);
    }
    Matcher q = QUARTER.matcher(text.strip());
    if (q.matches()) {
      return new ReportPeriod(Integer.parseInt(q.group(1)), 0, Integer.parseInt(q.group(2)));
    }
    return null;
  }

  /** A stored period's code as the pages and reports print it; a code not understood as it is. */
  public static String label(String code) {
    ReportPeriod p = parse(code);
    return p == null ? code : p.documentLabel();
  }

  /** As it is stored and sent: {@code 2026-03} or {@code 2026-Q1}. */
  public String code() {
    return quarter > 0 ? year + "-Q" + quarter : String.format("%d-%02d", year, month);
  }

  /** As the report prints it: "Tháng 3/2026", "Quý I/2026". */
  public String documentLabel() {
    return quarter > 0 ? "Quý " + ROMAN[quarter - 1] + "/" + year : "Tháng " + month + "/" + year;
  }
}
