package vn.parindex.shared;

import java.util.List;
import java.util.Locale;

/**
 * Sends plain-text e-mail in UTF-8, in the recipients' language; implemented where the mail server
 * and the message bundles are.
 */
public interface Mailer {
  /** Why a mail was not sent: the person or unit has no address. */
  String NO_ADDRESS = "NO_ADDRESS";

  /** Why a mail was not sent: no mail server is configured. */
  String NOT_CONFIGURED = "NOT_CONFIGURED";

  /** Whether a mail server is configured; without one nothing can be sent. */
  boolean configured();

  /**
   * Sends the letter in {@code language}: its subject and paragraphs are resolved there.
   *
   * @throws MailFailure when the server refuses or cannot be reached
   */
  void send(List<String> to, Locale language, Letter letter);

  /** A mail that did not go out. */
  class MailFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
