package vn.parindex.shared;

import java.io.Serializable;
import java.util.List;

/**
 * A text that the domain names but does not write: a bundle key with its arguments, resolved in the
 * reader's language where it is shown. It may stand as an argument of another message (a phase's
 * name inside "this date may not come before that one"), so that no sentence is assembled in code.
 */
public record MessageKey(String key, List<Object> arguments) implements Serializable {
  private static final long serialVersionUID = 1L;

  public MessageKey {
    arguments = List.copyOf(arguments);
  }

  public MessageKey(String key, Object... arguments) {
    this(key, List.of(arguments));
  }

  @Override
  public String toString() {
    return key;
  }
}
