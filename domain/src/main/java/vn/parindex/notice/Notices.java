package vn.parindex.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import vn.parindex.account.Account;
import vn.parindex.account.AccountRepository;
import vn.parindex.account.Role;
import vn.parindex.shared.Mailer;

/**
 * Tells the people of a unit what happened to its work: a notice for each enabled officer and
 * leader of the unit and, where the account has an address, an e-mail in the account's language.
 * Called in the transaction of the step it tells of, so a step refused tells nobody; the e-mail
 * goes once that transaction is committed ({@link NoticeMail}).
 */
@ApplicationScoped
public class Notices {

  @Inject NoticeRepository notices;
  @Inject AccountRepository accounts;
  @Inject Mailer mailer;
  @Inject Clock clock;
  @Inject Event<NoticeMail.Made> made;

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
    }
    notices.add(notice);
    if (notice.getMailFailure() == null) {
      made.fire(
          new NoticeMail.Made(notice.getId(), to, Locale.forLanguageTag(account.getLanguage())));
    }
    return notice;
  }
}
