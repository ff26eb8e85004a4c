package vn.parindex.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One change of one leaf: which field, old → new, who, when and why. The application only ever
 * inserts these; on PostgreSQL a trigger refuses any update or delete and the application's role
 * may only insert and read (see docs/operations.md); everywhere each entry carries the hash of the
 * one before it, so that a change made past all that is found ({@link AuditChain}).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {
  @Id
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(name = "subject_code", nullable = false, length = 30)
  private String subjectCode;

  @Column(name = "node_code", length = 30)
  private String nodeCode;

  @Column(nullable = false, length = 30)
  private String field;

  @Column(name = "old_value", length = 4000)
  private String oldValue;

  @Column(name = "new_value", length = 4000)
  private String newValue;

  @Column(nullable = false, length = 50)
  private String actor;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(length = 2000)
  private String reason;

  /** Its place in its campaign's chain, from 1; see {@link AuditChain}. */
  @Column(name = "seq")
  private Long seq;

  @Column(name = "prev_hash", length = 64)
  private String previousHash;

  @Column(name = "entry_hash", length = 64)
  private String hash;

  protected AuditEntry() {}

  public AuditEntry(
      long campaignId,
      String subjectCode,
      String nodeCode,
      String field,
      String oldValue,
      String newValue,
      String actor,
      Instant at,
      String reason) {
    this.campaignId = campaignId;
    this.subjectCode = subjectCode;
    this.nodeCode = nodeCode;
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.actor = actor;
    // Kept to the millisecond, as every database stores it, so its hash reads back the same.
    this.at = at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
    this.reason = reason;
  }

  /** Links the entry after the one whose hash is {@code previousHash}, as number {@code seq}. */
  void chain(long seq, String previousHash) {
    this.seq = seq;
    this.previousHash = previousHash;
    this.hash = AuditChain.hash(this);
  }

  public Long getId() {
    return id;
  }

  public long getCampaignId() {
    return campaignId;
  }

  public String getSubjectCode() {
    return subjectCode;
  }

  public String getNodeCode() {
    return nodeCode;
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getActor() {
    return actor;
  }

  public Instant getAt() {
    return at;
  }

  public String getReason() {
    return reason;
  }

  public Long getSeq() {
    return seq;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
