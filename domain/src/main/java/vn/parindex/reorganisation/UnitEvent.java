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
 * record reads the same whatever the units are called later. Never edited: a mistake is corrected
 * by a later event.
 */
@Entity
@Table(name = "unit_event")
public class UnitEvent {
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

  @Column(name = "recorded_by", nullable = false, length = 50)
  private String recordedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected UnitEvent() {}

  UnitEvent(
      UnitEventKind kind,
      List<String> fromCodes,
      List<String> toCodes,
      LocalDate effectiveFrom,
      LegalBasis legalBasis,
      String recordedBy,
      Instant recordedAt) {
    this.kind = kind;
    fromCodes.forEach(code -> parts.add(new EventUnit(code, EventUnit.Role.FROM)));
    toCodes.forEach(code -> parts.add(new EventUnit(code, EventUnit.Role.TO)));
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

  private List<String> codes(EventUnit.Role role) {
    return parts.stream().filter(p -> p.getRole() == role).map(EventUnit::getUnitCode).toList();
  }
}
