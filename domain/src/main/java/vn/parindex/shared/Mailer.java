package vn.parindex.shared;

import java.util.List;

/** Sends plain-text e-mail in UTF-8; implemented where the mail server is configured. */
public interface Mailer {
  /** Whether a mail server is configured; without one nothing can be sent. */
  boolean configured();

  /**
   * @throws MailFailure when the server refuses or cannot be reached
   */
  void send(List<String> to, String subject, String body);

  /** A mail that did not go out. */
  class MailFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
