package vn.parindex.shared;

import jakarta.ejb.ApplicationException;

/** A file whose content is not of an accepted type, whatever its name says. */
@ApplicationException(rollback = true)
public class UnsupportedFileTypeException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public UnsupportedFileTypeException(String fileName, String detectedType) {
    super("evidence.type", fileName, detectedType);
  }
}
