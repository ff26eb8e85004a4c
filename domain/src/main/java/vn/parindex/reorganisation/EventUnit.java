package vn.parindex.reorganisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A unit an event names, by code: one it starts from or one it leads to. */
@Embeddable
public class EventUnit {
  /** Whether the unit is one the event starts from or one it leads to. */
  public enum Role {
    FROM,
    TO
  }

  @Column(name = "unit_code", nullable = false, length = 30)
  private String unitCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 4)
  private Role role;

  /** A unit the event brought into being: withdrawing the event removes it again. */
  @Column(nullable = false)
  private boolean created;

  protected EventUnit() {}

  EventUnit(String unitCode, Role role, boolean created) {
    this.unitCode = unitCode;
    this.role = role;
    this.created = created;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public Role getRole() {
    return role;
  }

  public boolean isCreated() {
    return created;
  }
}
