package vn.parindex.api.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.account.Account;
import vn.parindex.reorganisation.LegalBasis;
import vn.parindex.reorganisation.RecordUnitEvent;
import vn.parindex.reorganisation.UnitEvent;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.reorganisation.WithdrawUnitEvent;

/** A change of units as the API shows it, with what it did and a unit's history. */
public record UnitEventJson(
    long id,
    String kind,
    LocalDate effectiveFrom,
    List<String> fromCodes,
    List<String> toCodes,
    BasisJson legalBasis,
    String recordedBy,
    Instant recordedAt,
    WithdrawalJson withdrawal) {

  /** The decision that ordered it. */
  public record BasisJson(String number, LocalDate issuedOn, String issuer) {}

  /** Who withdrew a change recorded by mistake, when and why; absent for a change in force. */
  public record WithdrawalJson(String by, Instant at, String reason) {}

  /** A withdrawn change and the accounts moved back to the units it had ended. */
  public record WithdrawnJson(UnitEventJson event, List<AccountJson> movedBack) {
    static WithdrawnJson of(WithdrawUnitEvent.Withdrawn withdrawn) {
      return new WithdrawnJson(
          UnitEventJson.of(withdrawn.event()),
          withdrawn.movedBack().stream().map(AccountJson::of).toList());
    }
  }

  /** An account of an ended unit, by login and the unit it is still in. */
  public record AccountJson(String username, String unitCode) {
    static AccountJson of(Account account) {
      return new AccountJson(account.getUsername(), account.getUnit().getCode());
    }
  }

  /** A recorded event: the accounts moved to the successor and those left to move. */
  public record RecordedJson(
      UnitEventJson event, List<AccountJson> movedAccounts, List<AccountJson> accountsToMove) {
    static RecordedJson of(RecordUnitEvent.Recorded recorded) {
      return new RecordedJson(
          UnitEventJson.of(recorded.event()),
          recorded.moved().stream().map(AccountJson::of).toList(),
          recorded.toMove().stream().map(AccountJson::of).toList());
    }
  }

  /** A name a unit had: from and until are empty where the records do not say. */
  public record NameJson(
      String nameVi, String nameEn, String parentCode, LocalDate from, LocalDate until) {
    static NameJson of(UnitHistory.Period period) {
      return new NameJson(
          period.nameVi(), period.nameEn(), period.parentCode(), period.from(), period.until());
    }
  }

  /** A unit's names and events, earliest first, with who it came from and became. */
  public record HistoryJson(
      String code,
      boolean active,
      List<NameJson> names,
      List<UnitEventJson> events,
      List<String> predecessors,
      List<String> successors) {
    static HistoryJson of(UnitHistory.History history) {
      return new HistoryJson(
          history.unit().getCode(),
          history.unit().isActive(),
          history.names().stream().map(NameJson::of).toList(),
          history.events().stream().map(UnitEventJson::of).toList(),
          history.predecessors(),
          history.successors());
    }
  }

  static UnitEventJson of(UnitEvent event) {
    LegalBasis basis = event.getLegalBasis();
    return new UnitEventJson(
        event.getId(),
        event.getKind().name(),
        event.getEffectiveFrom(),
        event.fromCodes(),
        event.toCodes(),
        new BasisJson(basis.getNumber(), basis.getIssuedOn(), basis.getIssuer()),
        event.getRecordedBy(),
        event.getRecordedAt(),
        event.isWithdrawn()
            ? new WithdrawalJson(
                event.getWithdrawnBy(), event.getWithdrawnAt(), event.getWithdrawalReason())
            : null);
  }
}
