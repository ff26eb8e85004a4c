package vn.parindex.reorganisation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import vn.parindex.account.Account;
import vn.parindex.account.AccountRepository;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * Withdraws a change of units recorded by mistake — a wrong name, day or unit — so that it can be
 * recorded again as the decision says, the same day if need be. Only the last event of each of its
 * units can be withdrawn (a later one rests on it). What it did is undone: names and parents come
 * back, the units it ended are active again, the accounts it moved go back to their units, the
 * units it created are removed if nothing uses them yet (else nothing changes and the reason is
 * given). The event stays in the history, marked with who withdrew it, when and why, and so do the
 * former names it ended, marked as no longer in use.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class WithdrawUnitEvent {
  private static final Logger LOG = Logger.getLogger(WithdrawUnitEvent.class.getName());

  @Inject UnitRepository units;
  @Inject UnitHistoryRepository history;
  @Inject AccountRepository accounts;
  @Inject Clock clock;
  @Resource SessionContext session;

  /** The withdrawn event and the accounts moved back to the units it had ended. */
  public record Withdrawn(UnitEvent event, List<Account> movedBack) {}

  public Withdrawn withdraw(long eventId, String reason) {
    List<Violation> problems = UnitEventRules.withdrawalReason(reason);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    // Locked so that two withdrawals of one event, sent at once, undo it once.
    UnitEvent event =
        history
            .lockEvent(eventId)
            .orElseThrow(() -> new NotFoundException("unitEvent.notFound", eventId));
    Map<String, List<UnitEvent>> eventsByUnit = new LinkedHashMap<>();
    event.unitCodes().forEach(code -> eventsByUnit.put(code, history.eventsOf(code)));
    UnitEventRules.withdrawalConflict(event, eventsByUnit)
        .ifPresent(
            conflict -> {
              throw conflict;
            });
    List<Account> movedBack = undo(event);
    event.withdraw(session.getCallerPrincipal().getName(), clock.instant(), Text.nfc(reason));
    LOG.info(() -> "Unit event " + eventId + " withdrawn: " + event.getKind());
    return new Withdrawn(event, movedBack);
  }

  private List<Account> undo(UnitEvent event) {
    for (FormerName former : history.formerNamesOfEvent(event.getId())) {
      OrganisationUnit unit = unit(former.getUnitCode());
      OrganisationUnit parent =
          former.getParentCode() == null ? null : unit(former.getParentCode());
      unit.edit(former.getNameVi(), former.getNameEn(), unit.getKind(), parent);
      former.withdraw();
    }
    event.endedCodes().forEach(code -> unit(code).reactivate());
    List<Account> movedBack = new ArrayList<>();
    for (MovedAccount moved : event.getMovedAccounts()) {
      // An account the administrator has put elsewhere since stays where it is.
      accounts
          .findByUsername(moved.getUsername())
          .filter(account -> event.toCodes().contains(account.getUnit().getCode()))
          .ifPresent(
              account -> {
                account.setUnit(unit(moved.getFromUnitCode()));
                movedBack.add(account);
              });
    }
    for (String code : event.createdCodes()) {
      if (!accounts.ofUnit(code).isEmpty() || !units.removeIfUnused(unit(code))) {
        throw new ConflictException("unitEvent.withdrawal.inUse", code);
      }
    }
    return movedBack;
  }

  private OrganisationUnit unit(String code) {
    return units.findByCode(code).orElseThrow(() -> new NotFoundException("unit.notFound", code));
  }
}
