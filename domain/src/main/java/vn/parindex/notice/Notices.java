package vn.parindex.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import vn.parindex.account.Account;
import vn.parindex.account.AccountRepository;
import vn.parindex.account.Role;
import vn.parindex.shared.Letter;
import vn.parindex.shared.Mailer;
import vn.parindex.shared.MessageKey;

/**
 * Tells the people of a unit what happened to its work: a notice for each enabled officer and
 * leader of the unit and, where the account has an address, an e-mail in the account's language.
 * Called in the transaction of the step it tells of, so a step refused tells nobody.
 */
@ApplicationScoped
public class Notices {

  @Inject NoticeRepository notices;
  @Inject AccountRepository accounts;
  @Inject Mailer mailer;
  @Inject Clock clock;

  /** The notice to everyone who works for {@code unitCode}; the notices made. */
  public List<Notice> tellUnit(String unitCode, Notice.About about) {
    return workersOf(unitCode).stream().map(a -> tell(a, about)).toList();
  }

  /** The officers and leaders of the unit whose accounts are enabled. */
  List<Account> workersOf(String unitCode) {
    if (unitCode == null) {
      return List.of();
    }
    return accounts.ofUnit(unitCode).stream()
        .filter(
            a ->
                a.isEnabled()
                    && (a.getRoles().contains(Role.UNIT_OFFICER)
                        || a.getRoles().contains(Role.UNIT_LEADER)))
        .toList();
  }

  Notice tell(Account account, Notice.About about) {
    Notice notice = new Notice(account.getUsername(), about, clock.instant());
    String to = account.getEmail();
    if (to == null || to.isBlank()) {
      notice.mailFailed(Mailer.NO_ADDRESS);
    } else if (!mailer.configured()) {
      notice.mailFailed(Mailer.NOT_CONFIGURED);
    } else {
      try {
        mailer.send(List.of(to), Locale.forLanguageTag(account.getLanguage()), letter(notice));
        notice.mailed(to);
      } catch (Mailer.MailFailure e) {
        notice.mailFailed(e.getMessage());
      }
    }
    notices.add(notice);
    return notice;
  }

  private static Letter letter(Notice notice) {
    return new Letter(
        new MessageKey("notice.mail.subject", notice.getCampaignName()),
        List.of(notice.message(), new MessageKey("notice.mail.closing")));
  }
}
