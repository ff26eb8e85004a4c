package vn.parindex.reorganisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * What a unit was called, and under which parent, until a day: kept when a rename or a transfer
 * changes the unit, so a report of an earlier year names the unit as it was then.
 */
@Entity
@Table(name = "unit_former_name")
public class FormerName {
  @Id
  @SequenceGenerator(
      name = "unit_former_name_seq",
      sequenceName = "unit_former_name_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_former_name_seq")
  private Long id;

  @Column(name = "unit_code", nullable = false, length = 30)
  private String unitCode;

  /** The last day of the name: the day before the event that changed it. */
  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(name = "name_vi", nullable = false, length = 300)
  private String nameVi;

  @Column(name = "name_en", length = 300)
  private String nameEn;

  @Column(name = "parent_code", length = 30)
  private String parentCode;

  /**
   * The event that ended the name, by id: not a relation, so reading the names of every unit on a
   * day is one statement, not one more per name for its event.
   */
  @Column(name = "event_id", nullable = false)
  private long eventId;

  /** Ended by an event since withdrawn: the name was never left, so it is no longer read. */
  @Column(nullable = false)
  private boolean withdrawn;

  protected FormerName() {}

  FormerName(
      String unitCode,
      LocalDate validUntil,
      String nameVi,
      String nameEn,
      String parentCode,
      long eventId) {
    this.unitCode = unitCode;
    this.validUntil = validUntil;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.parentCode = parentCode;
    this.eventId = eventId;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public String getNameVi() {
    return nameVi;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getParentCode() {
    return parentCode;
  }

  public long getEventId() {
    return eventId;
  }

  void withdraw() {
    withdrawn = true;
  }
}
