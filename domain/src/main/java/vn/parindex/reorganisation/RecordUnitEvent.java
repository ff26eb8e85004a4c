package vn.parindex.reorganisation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import vn.parindex.account.Account;
import vn.parindex.account.AccountRepository;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.shared.Clocks;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * Records a change of units ordered by a decision and carries it out: a renamed or transferred unit
 * keeps its former name and parent for the years before, a merge or split creates its new units as
 * from the day and retires those it ends, whose accounts move to the one successor of a merge or
 * are listed for the administrator to move where there are several (a split) or none.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class RecordUnitEvent {
  private static final Logger LOG = Logger.getLogger(RecordUnitEvent.class.getName());

  @Inject UnitRepository units;
  @Inject UnitHistoryRepository history;
  @Inject AccountRepository accounts;
  @Inject Clock clock;
  @Resource SessionContext session;

  /**
   * What recording did to accounts: those moved to the successor, and those of ended units left for
   * the administrator to move.
   */
  public record Recorded(UnitEvent event, List<Account> moved, List<Account> toMove) {}

  public Recorded record(UnitEventDraft draft) {
    return recordOne(draft);
  }

  /**
   * Records the changes of a table in its order, each checked against the units as the rows before
   * it left them (a unit created in one row can be merged in a later one); a refused row is
   * reported by row and column, the rows after it checked as if it were not there, and nothing is
   * kept unless every row can be.
   */
  public List<Recorded> importCsv(Reader csv) throws IOException {
    List<Recorded> recorded = new ArrayList<>();
    List<Violation> problems = new ArrayList<>();
    for (UnitEventCsv.Row row : UnitEventCsv.parse(csv)) {
      try {
        recorded.add(recordOne(row.draft()));
      } catch (InvalidInputException e) {
        e.violations().forEach(v -> problems.add(UnitEventCsv.located(row.number(), v)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return recorded;
  }

  private Recorded recordOne(UnitEventDraft draft) {
    Set<String> codes = new LinkedHashSet<>(draft.fromCodes());
    codes.addAll(draft.toCodes());
    codes.remove(null);
    Map<String, OrganisationUnit> known = new HashMap<>();
    codes.forEach(code -> units.findByCode(code).ifPresent(unit -> known.put(code, unit)));
    LocalDate today = LocalDate.now(clock.withZone(Clocks.VIETNAM));
    List<Violation> problems =
        UnitEventRules.problems(
            draft, new UnitEventRules.Known(known, history.lastEvents(codes)), today);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    UnitEventDraft.Basis basis = draft.legalBasis();
    UnitEvent event =
        new UnitEvent(
            UnitEventKind.valueOf(draft.kind()),
            draft.fromCodes(),
            draft.toCodes(),
            draft.toCodes().stream().filter(code -> !known.containsKey(code)).toList(),
            draft.effectiveFrom(),
            new LegalBasis(Text.nfc(basis.number()), basis.issuedOn(), Text.nfc(basis.issuer())),
            session.getCallerPrincipal().getName(),
            clock.instant());
    history.add(event);
    Recorded recorded = carryOut(event, draft.names(), known);
    LOG.info(
        () ->
            "Unit event "
                + event.getKind()
                + " "
                + event.fromCodes()
                + " → "
                + event.toCodes()
                + " as from "
                + event.getEffectiveFrom());
    return recorded;
  }

  private Recorded carryOut(
      UnitEvent event,
      Map<String, UnitEventDraft.Name> names,
      Map<String, OrganisationUnit> known) {
    OrganisationUnit first = known.get(event.fromCodes().get(0));
    switch (event.getKind()) {
      case RENAME -> rename(first, names.get(first.getCode()), event);
      case TRANSFER -> {
        keepFormer(first, event);
        first.setParent(known.get(event.toCodes().get(0)));
      }
      case MERGE, SPLIT -> {
        for (String code : event.toCodes()) {
          OrganisationUnit unit = known.get(code);
          if (unit == null) {
            known.put(code, create(code, names.get(code), first, event));
          } else if (names.containsKey(code)) {
            rename(unit, names.get(code), event);
          }
        }
      }
      case DISSOLVE -> {
        // Nothing follows: the units end below.
      }
    }
    List<Account> moved = new ArrayList<>();
    List<Account> toMove = new ArrayList<>();
    // A merge's one successor, existing or just created: the accounts of the merged units go there.
    OrganisationUnit successor =
        event.getKind() == UnitEventKind.MERGE ? known.get(event.toCodes().get(0)) : null;
    for (String code : event.endedCodes()) {
      known.get(code).retire(event.getEffectiveFrom());
      for (Account account : accounts.ofUnit(code)) {
        if (successor != null) {
          account.setUnit(successor);
          event.moved(account.getUsername(), code);
          moved.add(account);
        } else {
          toMove.add(account);
        }
      }
    }
    return new Recorded(event, moved, toMove);
  }

  private void rename(OrganisationUnit unit, UnitEventDraft.Name name, UnitEvent event) {
    keepFormer(unit, event);
    unit.edit(name.nameVi(), name.nameEn(), unit.getKind(), unit.getParent());
  }

  /** The unit's name and parent until the day before the event. */
  private void keepFormer(OrganisationUnit unit, UnitEvent event) {
    history.add(
        new FormerName(
            unit.getCode(),
            event.getEffectiveFrom().minusDays(1),
            unit.getNameVi(),
            unit.getNameEn(),
            unit.getParent() == null ? null : unit.getParent().getCode(),
            event.getId()));
  }

  /** A unit the event creates, of the kind and under the parent of the first it starts from. */
  private OrganisationUnit create(
      String code, UnitEventDraft.Name name, OrganisationUnit like, UnitEvent event) {
    OrganisationUnit unit =
        new OrganisationUnit(code, name.nameVi(), name.nameEn(), like.getKind());
    unit.setParent(like.getParent());
    unit.establish(event.getEffectiveFrom());
    units.add(unit);
    return unit;
  }
}
