package vn.parindex.shared;

import java.util.List;
import java.util.Optional;

/**
 * One problem with submitted values. {@code row} and {@code column} locate it in an imported file;
 * {@code field} names a form or JSON field. The message is a bundle key with arguments.
 */
public record Violation(
    Integer row, String column, String field, String messageKey, List<Object> arguments) {

  public Violation {
    arguments = List.copyOf(arguments);
  }

  public static Violation ofField(String field, String messageKey, Object... arguments) {
    return new Violation(null, null, field, messageKey, List.of(arguments));
  }

  /**
   * What is wrong with a typed text, if anything: a control character (a NUL cannot be stored in
   * PostgreSQL and nobody types one), else more than {@code max} characters.
   */
  public static Optional<Violation> ofText(String field, String text, int max) {
    if (text != null && Text.hasControlCharacters(text)) {
      return Optional.of(ofField(field, "text.control"));
    }
    if (text != null && text.length() > max) {
      return Optional.of(ofField(field, "text.tooLong", max));
    }
    return Optional.empty();
  }

  /**
   * The text typed, composed and trimmed (null when empty), with what is wrong with it added to
   * {@code problems}: a control character, more than {@code max} characters, or nothing where it is
   * {@code required}.
   */
  public static String typed(
      String field, String typed, int max, boolean required, List<Violation> problems) {
    String value = Text.nfc(typed);
    ofText(field, value, max).ifPresent(problems::add);
    if (required && value == null) {
      problems.add(ofField(field, "field.required"));
    }
    return value;
  }

  public static Violation ofCell(int row, String column, String messageKey, Object... arguments) {
    return new Violation(row, column, null, messageKey, List.of(arguments));
  }
}
