package vn.parindex.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Points are money-like: two decimals, rounded half up, written 85,95 in Vietnamese. */
public final class Points {
  public static final int SCALE = 2;

  private Points() {}

  public static BigDecimal of(BigDecimal value) {
    return value.setScale(SCALE, RoundingMode.HALF_UP);
  }

  public static BigDecimal of(String value) {
    return of(new BigDecimal(value));
  }

  public static BigDecimal clamp(BigDecimal value, BigDecimal max) {
    BigDecimal rounded = of(value);
    if (rounded.signum() < 0) {
      return of(BigDecimal.ZERO);
    }
    return rounded.compareTo(max) > 0 ? of(max) : rounded;
  }

  /** Vietnamese notation without needless zeros: 9,12 — 10 — 0,5. */
  public static String vietnamese(BigDecimal value) {
    DecimalFormat format =
        new DecimalFormat("#,##0.##", new DecimalFormatSymbols(Locale.forLanguageTag("vi")));
    return format.format(value);
  }
}
