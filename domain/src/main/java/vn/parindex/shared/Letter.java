package vn.parindex.shared;

import java.util.List;
import java.util.function.Function;

/**
 * An e-mail the domain writes without choosing its words: a subject and paragraphs named as
 * messages, resolved in the recipient's language by whoever sends it.
 */
public record Letter(MessageKey subject, List<MessageKey> paragraphs) {
  public Letter {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The body, each paragraph resolved by {@code text} and set on lines of its own. */
  public String body(Function<MessageKey, String> text) {
    StringBuilder body = new StringBuilder();
    for (MessageKey paragraph : paragraphs) {
      body.append(text.apply(paragraph)).append('\n');
    }
    return body.toString();
  }
}
