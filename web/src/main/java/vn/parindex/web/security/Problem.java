package vn.parindex.web.security;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import vn.parindex.shared.Violation;

/**
 * An RFC 9457 problem document. {@code detail} is Vietnamese; {@code errors} lists each invalid
 * value, located by row and column for files and by field for JSON.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
    String type, String title, int status, String detail, String instance, List<Error> errors) {

  /** One invalid value. */
  @JsonbPropertyOrder({"row", "column", "field", "message"})
  public record Error(Integer row, String column, String field, String message) {
    /** A refused value where it was, with its message in the words {@code message} gives. */
    public static Error of(Violation v, String message) {
      return new Error(v.row(), v.column(), v.field(), message);
    }
  }
}
