package vn.parindex.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import vn.parindex.shared.Text;

/**
 * What Sở Nội vụ enters before generating the self-assessment report, kept with the campaign:
 * number, date, the signer, the recipients and the free text of the report.
 */
@Entity
@Table(name = "report_draft")
public class ReportDraft implements Serializable {
  @Id
  @Column(name = "campaign_id")
  private Long campaignId;

  @Version private long version;

  @Column(name = "doc_number", length = 20)
  private String number;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "signer_title", length = 100)
  private String signerTitle;

  @Column(name = "signer_name", length = 200)
  private String signerName;

  @Column(length = 2000)
  private String recipients;

  @Column(length = 8000)
  private String difficulties;

  @Column(length = 8000)
  private String recommendations;

  protected ReportDraft() {}

  public ReportDraft(long campaignId) {
    this.campaignId = campaignId;
  }

  public void set(
      String number,
      LocalDate issuedOn,
      String signerTitle,
      String signerName,
      String recipients,
      String difficulties,
      String recommendations) {
    this.number = Text.nfc(number);
    this.issuedOn = issuedOn;
    this.signerTitle = Text.nfc(signerTitle);
    this.signerName = Text.nfc(signerName);
    this.recipients = Text.nfc(recipients);
    this.difficulties = Text.nfc(difficulties);
    this.recommendations = Text.nfc(recommendations);
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public void setIssuedOn(LocalDate issuedOn) {
    this.issuedOn = issuedOn;
  }

  public void setSignerTitle(String signerTitle) {
    this.signerTitle = signerTitle;
  }

  public void setSignerName(String signerName) {
    this.signerName = signerName;
  }

  public void setRecipients(String recipients) {
    this.recipients = recipients;
  }

  public void setDifficulties(String difficulties) {
    this.difficulties = difficulties;
  }

  public void setRecommendations(String recommendations) {
    this.recommendations = recommendations;
  }

  public long getVersion() {
    return version;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public String getSignerTitle() {
    return signerTitle;
  }

  public String getSignerName() {
    return signerName;
  }

  public String getRecipients() {
    return recipients;
  }

  public String getDifficulties() {
    return difficulties;
  }

  public String getRecommendations() {
    return recommendations;
  }
}
