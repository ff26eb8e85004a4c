package vn.parindex.framework;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Codes of the criteria tree: {@code 1} (field), {@code 1.4} (criterion), {@code 7.3.3}
 * (sub-criterion). They sort by numeric segments, so 1.10 comes after 1.9.
 */
public final class NodeCode {
  private static final Pattern VALID = Pattern.compile("[1-9]\\d{0,2}(\\.[1-9]\\d{0,2}){0,2}");

  /** Orders codes as a reader of the official table expects. */
  public static final Comparator<String> ORDER = NodeCode::compare;

  private NodeCode() {}

  public static boolean isValid(String code) {
    return code != null && VALID.matcher(code).matches();
  }

  /** 1 for a field, 2 for a criterion, 3 for a sub-criterion. */
  public static int depth(String code) {
    return code.split("\\.").length;
  }

  /** The code of the parent node, or null for a field. */
  public static String parentOf(String code) {
    int dot = code.lastIndexOf('.');
    return dot < 0 ? null : code.substring(0, dot);
  }

  /** The field a code belongs to ({@code 7} for {@code 7.3.3}). */
  public static String fieldOf(String code) {
    int dot = code.indexOf('.');
    return dot < 0 ? code : code.substring(0, dot);
  }

  /** True when {@code code} is {@code ancestor} or lies below it. */
  public static boolean isWithin(String code, String ancestor) {
    return code.equals(ancestor) || code.startsWith(ancestor + ".");
  }

  static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareSegment(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareSegment(String a, String b) {
    boolean numeric =
        a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
    if (numeric && !a.isEmpty() && !b.isEmpty()) {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
    return a.compareTo(b);
  }
}
