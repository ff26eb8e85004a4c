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
import vn.parindex.shared.InstantConverter;

/**
 * A Word template a province uploaded for one kind of document, its wording changed in Word; the
 * file is kept in the evidence store under its hash. The newest of a kind is the one used; the
 * earlier ones stay, so a province can see what it used before.
 */
@Entity
@Table(name = "report_template")
public class ReportTemplate implements Serializable {
  @Id
  @SequenceGenerator(
      name = "report_template_seq",
      sequenceName = "report_template_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_template_seq")
  private Long id;

  @Column(nullable = false, length = 40)
  private String kind;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "uploaded_by", nullable = false, length = 50)
  private String uploadedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected ReportTemplate() {}

  ReportTemplate(
      String kind, String sha256, String fileName, String uploadedBy, Instant uploadedAt) {
    this.kind = kind;
    this.sha256 = sha256;
    this.fileName = fileName;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public String getKind() {
    return kind;
  }

  public String getSha256() {
    return sha256;
  }

  public String getFileName() {
    return fileName;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
