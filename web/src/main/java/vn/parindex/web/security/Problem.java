package vn.parindex.web.security;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code detail} is Vietnamese; {@code errors} lists each invalid
 * value, located by row and column for files and by field for JSON.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
    String type, String title, int status, String detail, String instance, List<Error> errors) {

  /** One invalid value. */
  @JsonbPropertyOrder({"row", "column", "field", "message"})
  public record Error(Integer row, String column, String field, String message) {}
}
