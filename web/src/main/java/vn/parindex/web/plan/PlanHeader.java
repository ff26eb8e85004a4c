package vn.parindex.web.plan;

import java.io.Serializable;
import java.time.LocalDate;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanBook;
import vn.parindex.plan.PlanKind;

/** A plan's header as typed in a form: a new plan's, or the open plan's being corrected. */
public final class PlanHeader implements Serializable {
  private static final long serialVersionUID = 1L;

  private String number;
  private LocalDate issuedOn;
  private String issuer;
  private String title;

  static PlanHeader of(Plan plan) {
    PlanHeader h = new PlanHeader();
    h.number = plan.getNumber();
    h.issuedOn = plan.getIssuedOn();
    h.issuer = plan.getIssuer();
    h.title = plan.getTitle();
    return h;
  }

  PlanBook.PlanInput input(PlanKind kind, String ownerCode, int year) {
    return new PlanBook.PlanInput(kind, ownerCode, number, issuedOn, issuer, year, title);
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public void setIssuedOn(LocalDate issuedOn) {
    this.issuedOn = issuedOn;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
