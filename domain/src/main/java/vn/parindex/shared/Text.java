package vn.parindex.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/** Vietnamese text rules shared by every capability. */
public final class Text {
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private Text() {}

  /**
   * Stores Vietnamese in one form: a word typed with combining marks (as some keyboards and OCR
   * produce) must compare equal to the same word with precomposed letters.
   */
  public static String nfc(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /**
   * Whether typed text holds a control character other than a line break or tab: a NUL cannot be
   * stored in PostgreSQL and nothing a person types produces one.
   */
  public static boolean hasControlCharacters(String value) {
    return value != null
        && value
            .chars()
            .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
  }

  /**
   * The text as a search compares it: lower case, without tone marks and with đ as d, so that "hai
   * long" finds "hài lòng" (many officers type without a Vietnamese keyboard layout).
   */
  public static String fold(String value) {
    if (value == null) {
      return "";
    }
    String decomposed =
        Normalizer.normalize(value.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(VIETNAMESE).strip();
  }

  /** Orders names as a Vietnamese reader expects (Đ after D, tones after the base letter). */
  public static Comparator<String> vietnameseOrder() {
    Collator collator = Collator.getInstance(VIETNAMESE);
    collator.setStrength(Collator.TERTIARY);
    return collator::compare;
  }
}
