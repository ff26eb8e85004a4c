package vn.parindex.framework;

import vn.parindex.shared.BusinessException;

/** Rule parameters that do not fit the rule; the validator places it on its row and column. */
public class InvalidRuleException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public InvalidRuleException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
