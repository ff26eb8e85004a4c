package vn.parindex.web.shell;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.parindex.framework.Finding;
import vn.parindex.shared.Violation;

/**
 * A problem in an imported table (a framework, an assignment) as a page lists it: where it is and
 * what it says, localised. A class with getters rather than a record, because Faces 4.0's EL does
 * not read record components.
 */
public final class FindingView implements Serializable {
  private static final long serialVersionUID = 1L;

  private final boolean error;
  private final Integer row;
  private final String column;
  private final String code;
  private final String text;

  FindingView(boolean error, Integer row, String column, String code, String text) {
    this.error = error;
    this.row = row;
    this.column = column;
    this.code = code;
    this.text = text;
  }

  public static List<FindingView> of(List<Finding> findings, Messages messages, Locale locale) {
    return findings.stream()
        .map(
            f ->
                new FindingView(
                    f.isError(),
                    f.row(),
                    f.column(),
                    f.code(),
                    messages.get(locale, f.messageKey(), f.arguments().toArray())))
        .toList();
  }

  /** The violations a service refused a table with: each is an error. */
  public static List<FindingView> ofViolations(
      List<Violation> violations, Messages messages, Locale locale) {
    return violations.stream()
        .map(
            v ->
                new FindingView(
                    true,
                    v.row(),
                    v.column() != null ? v.column() : v.field(),
                    null,
                    messages.get(locale, v.messageKey(), v.arguments().toArray())))
        .toList();
  }

  public String getSeverity() {
    return error ? "ERROR" : "WARNING";
  }

  public boolean isError() {
    return error;
  }

  public Integer getRow() {
    return row;
  }

  public String getColumn() {
    return column;
  }

  public String getCode() {
    return code;
  }

  public String getText() {
    return text;
  }
}
