package vn.parindex.api.problem;

import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/** Request bodies that an endpoint cannot do without. */
public final class Bodies {
  private Bodies() {}

  /** The body, or a 422 saying it is missing. */
  public static <T> T required(T body) {
    if (body == null) {
      throw InvalidInputException.of(Violation.ofField("body", "error.bodyRequired"));
    }
    return body;
  }
}
