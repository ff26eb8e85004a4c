package vn.parindex.shared;

import jakarta.ejb.ApplicationException;

/**
 * The request clashes with what exists: a duplicate, a stale version or an illegal state change.
 */
@ApplicationException(rollback = true)
public class ConflictException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
