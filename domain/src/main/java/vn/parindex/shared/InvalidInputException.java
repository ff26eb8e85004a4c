package vn.parindex.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Values that cannot be accepted; every problem found is listed, and nothing was saved. */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    super("error.invalid");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public static InvalidInputException of(Violation violation) {
    return new InvalidInputException(List.of(violation));
  }

  public List<Violation> violations() {
    return violations;
  }
}
