package vn.parindex.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import vn.parindex.campaign.Campaign;
import vn.parindex.organisation.OrganisationUnit;

/**
 * A unit's answer (giải trình) to what round 1 asked or cut on one leaf: to the appraiser's
 * question (INTERNAL), or the lead unit's case against the Ministry's cut (PROVINCIAL), which Sở
 * Nội vụ accepts for sending or returns with a note before it goes to the Ministry.
 */
@Entity
@Table(
    name = "explanation",
    uniqueConstraints = @UniqueConstraint(columnNames = {"campaign_id", "subject_id", "node_code"}))
public class Explanation implements Serializable {
  @Id
  @SequenceGenerator(
      name = "explanation_seq",
      sequenceName = "explanation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "explanation_seq")
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  @ManyToOne(optional = false)
  @JoinColumn(name = "subject_id")
  private OrganisationUnit subject;

  @Column(name = "node_code", nullable = false, length = 30)
  private String nodeCode;

  @Column(name = "answer", nullable = false, length = 4000)
  private String text;

  @Column(nullable = false, length = 50)
  private String author;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  /** Sở Nội vụ's decision on a PROVINCIAL explanation; none while it awaits review. */
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private ExplanationReview review;

  @Column(length = 50)
  private String reviewer;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "review_note", length = 2000)
  private String reviewNote;

  protected Explanation() {}

  public Explanation(Campaign campaign, OrganisationUnit subject, String nodeCode) {
    this.campaign = campaign;
    this.subject = subject;
    this.nodeCode = nodeCode;
  }

  /** A new text: whatever Sở Nội vụ decided on the old one no longer holds. */
  void set(String text, String author, Instant at) {
    this.text = text;
    this.author = author;
    this.writtenAt = at;
    this.review = null;
    this.reviewer = null;
    this.reviewedAt = null;
    this.reviewNote = null;
  }

  void review(ExplanationReview decision, String note, String by, Instant at) {
    this.review = decision;
    this.reviewNote = note;
    this.reviewer = by;
    this.reviewedAt = at;
  }

  public String getSubjectCode() {
    return subject.getCode();
  }

  public String getNodeCode() {
    return nodeCode;
  }

  public String getText() {
    return text;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public long getVersion() {
    return version;
  }

  public ExplanationReview getReview() {
    return review;
  }

  public String getReviewer() {
    return reviewer;
  }

  public String getReviewNote() {
    return reviewNote;
  }
}
