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
import vn.parindex.organisation.OrganisationUnit;

/**
 * A document backing one leaf of one subject. Removing it keeps the row, marked with who removed
 * it, when and why, so that no evidence disappears silently.
 */
@Entity
@Table(name = "evidence_link")
public class EvidenceLink implements Serializable {
  @Id
  @SequenceGenerator(
      name = "evidence_link_seq",
      sequenceName = "evidence_link_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_link_seq")
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "evidence_id")
  private EvidenceDocument document;

  @ManyToOne(optional = false)
  @JoinColumn(name = "subject_id")
  private OrganisationUnit subject;

  @Column(name = "node_code", nullable = false, length = 30)
  private String nodeCode;

  @Column(name = "linked_by", nullable = false, length = 50)
  private String linkedBy;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  @Column(nullable = false)
  private boolean removed;

  @Column(name = "removed_by", length = 50)
  private String removedBy;

  @Column(name = "removed_at")
  private Instant removedAt;

  @Column(name = "removal_reason", length = 2000)
  private String removalReason;

  protected EvidenceLink() {}

  public EvidenceLink(
      EvidenceDocument document,
      OrganisationUnit subject,
      String nodeCode,
      String linkedBy,
      Instant linkedAt) {
    this.document = document;
    this.subject = subject;
    this.nodeCode = nodeCode;
    this.linkedBy = linkedBy;
    this.linkedAt = linkedAt;
  }

  void remove(String by, Instant at, String reason) {
    removed = true;
    removedBy = by;
    removedAt = at;
    removalReason = reason;
  }

  /** The same leaf now backed by the next revision of the document. */
  void moveTo(EvidenceDocument revision) {
    document = revision;
  }

  public Long getId() {
    return id;
  }

  public EvidenceDocument getDocument() {
    return document;
  }

  public OrganisationUnit getSubject() {
    return subject;
  }

  public String getNodeCode() {
    return nodeCode;
  }

  public String getLinkedBy() {
    return linkedBy;
  }

  public Instant getLinkedAt() {
    return linkedAt;
  }

  public boolean isRemoved() {
    return removed;
  }

  public String getRemovedBy() {
    return removedBy;
  }

  public Instant getRemovedAt() {
    return removedAt;
  }

  public String getRemovalReason() {
    return removalReason;
  }
}
