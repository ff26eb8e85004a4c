package vn.parindex.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import vn.parindex.campaign.Campaign;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.shared.Text;

/**
 * An evidence document (tài liệu kiểm chứng): a file kept once by its SHA-256, with what the
 * official record says of it (number and symbol, date, issuer, the section or page that proves the
 * point). Replacing it makes a new revision that points back here; this one stays, superseded.
 */
@Entity
@Table(name = "evidence")
public class EvidenceDocument implements Serializable {
  @Id
  @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  /** The unit that uploaded it; its officers may link it to other leaves they score. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "owner_unit_id")
  private OrganisationUnit owner;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "doc_number", length = 100)
  private String number;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(length = 300)
  private String issuer;

  @Column(length = 500)
  private String citation;

  @Column(name = "uploaded_by", nullable = false, length = 50)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @ManyToOne
  @JoinColumn(name = "previous_id")
  private EvidenceDocument previous;

  @Column(nullable = false)
  private int revision = 1;

  @Column(nullable = false)
  private boolean superseded;

  protected EvidenceDocument() {}

  public EvidenceDocument(
      Campaign campaign,
      OrganisationUnit owner,
      StoredFile file,
      String fileName,
      EvidenceMetadata metadata,
      String uploadedBy,
      Instant uploadedAt) {
    this.campaign = campaign;
    this.owner = owner;
    this.sha256 = file.sha256();
    this.size = file.size();
    this.contentType = file.contentType();
    this.fileName = Text.nfc(fileName);
    this.number = Text.nfc(metadata.number());
    this.issuedOn = metadata.date();
    this.issuer = Text.nfc(metadata.issuer());
    this.citation = Text.nfc(metadata.citation());
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  /** The next revision of this document; this one is kept and marked superseded. */
  EvidenceDocument revise(
      StoredFile file,
      String fileName,
      EvidenceMetadata metadata,
      String uploadedBy,
      Instant uploadedAt) {
    EvidenceDocument next =
        new EvidenceDocument(campaign, owner, file, fileName, metadata, uploadedBy, uploadedAt);
    next.previous = this;
    next.revision = revision + 1;
    superseded = true;
    return next;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public OrganisationUnit getOwner() {
    return owner;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSize() {
    return size;
  }

  public String getContentType() {
    return contentType;
  }

  public String getFileName() {
    return fileName;
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

  public String getCitation() {
    return citation;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public EvidenceDocument getPrevious() {
    return previous;
  }

  public int getRevision() {
    return revision;
  }

  public boolean isSuperseded() {
    return superseded;
  }

  /** How the document is cited in the report: "520/KH-UBND ngày 05/01/2022 của UBND tỉnh". */
  public String describe() {
    StringBuilder text = new StringBuilder(number == null ? fileName : number);
    if (issuedOn != null) {
      text.append(" ngày ")
          .append(
              String.format(
                  "%02d/%02d/%d",
                  issuedOn.getDayOfMonth(), issuedOn.getMonthValue(), issuedOn.getYear()));
    }
    if (issuer != null) {
      text.append(" của ").append(issuer);
    }
    return text.toString();
  }
}
