package vn.parindex.reorganisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The decision that ordered a change of units: its number, date and issuer. */
@Embeddable
public class LegalBasis {
  public static final int NUMBER_LENGTH = 100;
  public static final int ISSUER_LENGTH = 300;

  @Column(name = "legal_number", nullable = false, length = NUMBER_LENGTH)
  private String number;

  @Column(name = "legal_date", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "legal_issuer", nullable = false, length = ISSUER_LENGTH)
  private String issuer;

  protected LegalBasis() {}

  public LegalBasis(String number, LocalDate issuedOn, String issuer) {
    this.number = number;
    this.issuedOn = issuedOn;
    this.issuer = issuer;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public String getIssuer() {
    return issuer;
  }
}
