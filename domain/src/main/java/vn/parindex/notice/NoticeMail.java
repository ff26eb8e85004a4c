package vn.parindex.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import vn.parindex.shared.Letter;
import vn.parindex.shared.Mailer;
import vn.parindex.shared.MessageKey;

/**
 * Mails a notice once the step it tells of is committed: a leaf returned whose transaction then
 * fails (a stale version, a refused flush) must not have told anyone by e-mail, and a slow mail
 * server must not hold the step's rows locked. Whom the mail went to, or why not, is recorded on
 * the notice in a transaction of its own.
 */
@ApplicationScoped
public class NoticeMail {

  /** A notice stored with an address to mail it to, in the account's language. */
  public record Made(long noticeId, String to, Locale language) {}

  @Inject NoticeRepository notices;
  @Inject Mailer mailer;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Made made) {
    notices
        .find(made.noticeId())
        .ifPresent(
            notice -> {
              try {
                mailer.send(List.of(made.to()), made.language(), letter(notice));
                notice.mailed(made.to());
              } catch (Mailer.MailFailure e) {
                notice.mailFailed(e.getMessage());
              }
            });
  }

  private static Letter letter(Notice notice) {
    return new Letter(
        new MessageKey("notice.mail.subject", notice.getCampaignName()),
        List.of(notice.message(), new MessageKey("notice.mail.closing")));
  }
}
