package vn.parindex.shared;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A text that the domain names but does not write: a bundle key with its arguments, resolved in the
 * reader's language where it is shown. It may stand as an argument of another message (a phase's
 * name inside "this date may not come before that one"), so that no sentence is assembled in code.
 */
public record MessageKey(String key, List<Serializable> arguments) implements Serializable {
  private static final long serialVersionUID = 1L;

  public MessageKey {
    arguments = List.copyOf(arguments);
  }

  /**
   * The arguments are numbers, days, names and other keys, all serialisable; anything else is kept
   * as its text, so that a message kept in a session can move with it to another server.
   */
  public MessageKey(String key, Object... arguments) {
    this(
        key,
        Arrays.stream(arguments)
            .map(a -> a instanceof Serializable kept ? kept : String.valueOf(a))
            .toList());
  }

  @Override
  public String toString() {
    return key;
  }
}
