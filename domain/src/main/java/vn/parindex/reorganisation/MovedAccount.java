package vn.parindex.reorganisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An account an event moved from an ended unit to its successor, kept so that withdrawing the event
 * can move it back.
 */
@Embeddable
public class MovedAccount {
  @Column(nullable = false, length = 50)
  private String username;

  @Column(name = "from_unit_code", nullable = false, length = 30)
  private String fromUnitCode;

  protected MovedAccount() {}

  MovedAccount(String username, String fromUnitCode) {
    this.username = username;
    this.fromUnitCode = fromUnitCode;
  }

  public String getUsername() {
    return username;
  }

  public String getFromUnitCode() {
    return fromUnitCode;
  }
}
