package vn.parindex.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import vn.parindex.shared.InstantConverter;

/**
 * A signed copy of a campaign's report, uploaded back after the leader signed it: the issued
 * document, kept with its number, date and hash. Never changed: a corrected copy is uploaded again
 * and the newest is the one issued.
 */
@Entity
@Table(name = "issued_report")
public class IssuedReport implements Serializable {
  @Id
  @SequenceGenerator(
      name = "issued_report_seq",
      sequenceName = "issued_report_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issued_report_seq")
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(name = "doc_number", nullable = false, length = 40)
  private String number;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  /** Who signed, as the signatures name them. */
  @Column(length = 500)
  private String signers;

  @Column(name = "uploaded_by", nullable = false, length = 50)
  private String uploadedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected IssuedReport() {}

  IssuedReport(
      long campaignId,
      String number,
      LocalDate issuedOn,
      StoredCopy copy,
      String signers,
      String uploadedBy,
      Instant uploadedAt) {
    this.campaignId = campaignId;
    this.number = number;
    this.issuedOn = issuedOn;
    this.sha256 = copy.sha256();
    this.size = copy.size();
    this.fileName = copy.fileName();
    this.signers = signers;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  /** The kept file: its hash, size and the name it was uploaded under. */
  record StoredCopy(String sha256, long size, String fileName) {}

  public Long getId() {
    return id;
  }

  public long getCampaignId() {
    return campaignId;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSize() {
    return size;
  }

  public String getFileName() {
    return fileName;
  }

  public String getSigners() {
    return signers;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
