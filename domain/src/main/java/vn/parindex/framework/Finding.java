package vn.parindex.framework;

import java.util.List;

/**
 * A problem found in a framework table. Errors block saving (and publishing); warnings are shown
 * and kept while the framework is a draft.
 */
public record Finding(
    Severity severity,
    Integer row,
    String column,
    String code,
    String messageKey,
    List<Object> arguments) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public Finding {
    arguments = List.copyOf(arguments);
  }

  static Finding error(NodeRow row, String column, String key, Object... arguments) {
    return new Finding(
        Severity.ERROR,
        row == null ? null : row.row(),
        column,
        row == null ? null : row.code(),
        key,
        List.of(arguments));
  }

  static Finding warning(NodeRow row, String column, String key, Object... arguments) {
    return new Finding(
        Severity.WARNING,
        row == null ? null : row.row(),
        column,
        row == null ? null : row.code(),
        key,
        List.of(arguments));
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
