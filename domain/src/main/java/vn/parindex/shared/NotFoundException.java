package vn.parindex.shared;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist (or is not visible to the caller). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
