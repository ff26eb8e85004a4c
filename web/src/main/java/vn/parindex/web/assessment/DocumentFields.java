package vn.parindex.web.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import vn.parindex.evidence.EvidenceMetadata;

/**
 * The official record fields typed for a document being attached or revised: number, date, issuer
 * and the passage it is cited for. Cleared once the document is kept, so the next starts empty.
 */
public class DocumentFields implements Serializable {
  private static final long serialVersionUID = 1L;

  private String number;
  private LocalDate date;
  private String issuer;
  private String citation;

  EvidenceMetadata metadata() {
    return new EvidenceMetadata(number, date, issuer, citation);
  }

  void clear() {
    number = null;
    date = null;
    issuer = null;
    citation = null;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getCitation() {
    return citation;
  }

  public void setCitation(String citation) {
    this.citation = citation;
  }
}
