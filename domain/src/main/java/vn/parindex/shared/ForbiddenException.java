package vn.parindex.shared;

import jakarta.ejb.ApplicationException;

/**
 * A request for data the caller's unit may not see or change: another unit's criteria or
 * assessment. Answered 403, and logged by the service that refuses it.
 */
@ApplicationException(rollback = true)
public class ForbiddenException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException() {
    super("error.forbidden");
  }
}
