package vn.parindex.shared;

import java.util.List;

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

  public static Violation ofCell(int row, String column, String messageKey, Object... arguments) {
    return new Violation(row, column, null, messageKey, List.of(arguments));
  }
}
