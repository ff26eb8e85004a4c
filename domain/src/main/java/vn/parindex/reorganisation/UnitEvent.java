package vn.parindex.reorganisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.shared.InstantConverter;

/**
 * A recorded change of units (rename, merge, split, transfer, dissolution) with the day it took
 * effect and the decision that ordered it. Units are named by code, which never changes, so the
 * record reads the same whatever the units are called later. Never edited nor deleted: a mistake is
 * corrected by a later event or, while the event is still the last of each of its units, withdrawn
 * with a reason, which undoes what it did and keeps the record of both.
 */
@Entity
@Table(name = "unit_event")
public class UnitEvent {
  /** The longest reason for a withdrawal. */
  public static final int REASON_LENGTH = 1000;

  @Id
  @SequenceGenerator(name = "unit_event_seq", sequenceName = "unit_event_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_event_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private UnitEventKind kind;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Embedded private LegalBasis legalBasis;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "unit_event_unit", joinColumns = @JoinColumn(name = "event_id"))
  private List<EventUnit> parts = new ArrayList<>();

  // Read only when the event is withdrawn: every page that follows the lineage reads all events,
  // and an eager collection would cost one more statement per event there.
  @ElementCollection
  @CollectionTable(name = "unit_event_account", joinColumns = @JoinColumn(name = "event_id"))
  private List<MovedAccount> movedAccounts = new ArrayList<>();

  @Column(name = "recorded_by", nullable = false, length = 50)
  private String recordedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "withdrawn_by", length = 50)
  private String withdrawnBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawal_reason", length = REASON_LENGTH)
  private String withdrawalReason;

  protected UnitEvent() {}

  /** An event; {@code created} are the units among {@code toCodes} it brings into being. */
  UnitEvent(
      UnitEventKind kind,
      List<String> fromCodes,
      List<String> toCodes,
      List<String> created,
      LocalDate effectiveFrom,
      LegalBasis legalBasis,
      String recordedBy,
      Instant recordedAt) {
    this.kind = kind;
    fromCodes.forEach(code -> parts.add(new EventUnit(code, EventUnit.Role.FROM, false)));
    toCodes.forEach(
        code -> parts.add(new EventUnit(code, EventUnit.Role.TO, created.contains(code))));
    this.effectiveFrom = effectiveFrom;
    this.legalBasis = legalBasis;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public UnitEventKind getKind() {
    return kind;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public LegalBasis getLegalBasis() {
    return legalBasis;
  }

  public List<String> fromCodes() {
    return codes(EventUnit.Role.FROM);
  }

  public List<String> toCodes() {
    return codes(EventUnit.Role.TO);
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  /**
   * The units the event ends: all of a dissolution, those of a merge or split that are not among
   * its results; a rename or transfer ends none.
   */
  public List<String> endedCodes() {
    return switch (kind) {
      case DISSOLVE -> fromCodes();
      case MERGE, SPLIT -> fromCodes().stream().filter(code -> !toCodes().contains(code)).toList();
      case RENAME, TRANSFER -> List.of();
    };
  }

  /** The units the event brought into being. */
  public List<String> createdCodes() {
    return parts.stream().filter(EventUnit::isCreated).map(EventUnit::getUnitCode).toList();
  }

  /** Every unit the event names, each once, those it starts from first. */
  public List<String> unitCodes() {
    return parts.stream().map(EventUnit::getUnitCode).distinct().toList();
  }

  public List<MovedAccount> getMovedAccounts() {
    return List.copyOf(movedAccounts);
  }

  void moved(String username, String fromUnitCode) {
    movedAccounts.add(new MovedAccount(username, fromUnitCode));
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  void withdraw(String by, Instant at, String reason) {
    withdrawnBy = by;
    withdrawnAt = at;
    withdrawalReason = reason;
  }

  public String getWithdrawnBy() {
    return withdrawnBy;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  private List<String> codes(EventUnit.Role role) {
    return parts.stream().filter(p -> p.getRole() == role).map(EventUnit::getUnitCode).toList();
  }
}
