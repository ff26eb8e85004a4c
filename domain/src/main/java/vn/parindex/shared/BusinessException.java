package vn.parindex.shared;

import java.util.List;

/**
 * A refusal that the user must understand: it carries a message key of the web bundle and its
 * arguments, never a sentence, so that the web layer says it in the user's language.
 */
public abstract class BusinessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient List<Object> arguments;

  protected BusinessException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}
