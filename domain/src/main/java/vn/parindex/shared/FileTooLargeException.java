package vn.parindex.shared;

import jakarta.ejb.ApplicationException;

/** An uploaded file over the configured limit; nothing of it is kept. */
@ApplicationException(rollback = true)
public class FileTooLargeException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public FileTooLargeException(long limitBytes) {
    super("evidence.tooLarge", limitBytes / (1024 * 1024));
  }
}
