package vn.parindex.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;

/**
 * Amounts in đồng as the province's finance documents write them: whole đồng, thousands separated
 * by dots ("12.500.000"), and in words for the line "Bằng chữ" ("Mười hai triệu năm trăm nghìn
 * đồng").
 */
public final class Dong {
  private static final String[] DIGITS = {
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"
  };
  private static final String[] SCALES = {"", " nghìn", " triệu", " tỷ"};

  private Dong() {}

  /** Quantity × unit cost, to the nearest đồng (half up). */
  public static long amount(BigDecimal quantity, long unitCost) {
    return quantity
        .multiply(BigDecimal.valueOf(unitCost))
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** "12.500.000". */
  public static String format(long amount) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    return new DecimalFormat("#,##0", symbols).format(amount);
  }

  /** A quantity as the documents write it: "2,5", "12". */
  public static String quantity(BigDecimal quantity) {
    return quantity.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  /** The amount in words, capitalised, ending in "đồng": "Không đồng" for none. */
  public static String words(long amount) {
    if (amount < 0) {
      throw new IllegalArgumentException("an amount in words is not negative: " + amount);
    }
    String text = amount == 0 ? DIGITS[0] : number(amount);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + " đồng";
  }

  /**
   * Groups of three digits from the right, each read with its scale; a billion counts the rest
   * again ("một nghìn tỷ"). An empty group is left out, and a group after a higher one reads its
   * hundreds ("một triệu không trăm linh năm").
   */
  private static String number(long amount) {
    List<String> parts = new ArrayList<>();
    long billions = amount / 1_000_000_000L;
    long rest = amount % 1_000_000_000L;
    if (billions > 0) {
      parts.add(number(billions) + " tỷ");
    }
    int[] groups = {(int) (rest / 1_000_000), (int) (rest / 1_000 % 1_000), (int) (rest % 1_000)};
    for (int i = 0; i < groups.length; i++) {
      if (groups[i] > 0) {
        parts.add(group(groups[i], !parts.isEmpty()) + SCALES[2 - i]);
      }
    }
    return String.join(" ", parts);
  }

  /** Three digits; {@code full} when a higher group was read, so that "không trăm" is said. */
  private static String group(int n, boolean full) {
    int hundreds = n / 100;
    int tens = n / 10 % 10;
    int units = n % 10;
    StringBuilder words = new StringBuilder();
    if (hundreds > 0 || full) {
      words.append(DIGITS[hundreds]).append(" trăm");
    }
    if (tens == 0) {
      if (units > 0) {
        words.append(words.length() > 0 ? " linh " : "").append(DIGITS[units]);
      }
      return words.toString().strip();
    }
    words.append(words.length() > 0 ? " " : "");
    words.append(tens == 1 ? "mười" : DIGITS[tens] + " mươi");
    if (units == 1 && tens > 1) {
      words.append(" mốt");
    } else if (units == 5) {
      words.append(" lăm");
    } else if (units == 4 && tens > 1) {
      words.append(" tư");
    } else if (units > 0) {
      words.append(' ').append(DIGITS[units]);
    }
    return words.toString();
  }
}
