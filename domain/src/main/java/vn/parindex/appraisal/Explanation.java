package vn.parindex.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.parindex.campaign.Campaign;
import vn.parindex.organisation.OrganisationUnit;

/** A unit's answer (giải trình) to what the appraiser asked about one leaf in round 1. */
@Entity
@Table(
    name = "explanation",
    uniqueConstraints = @UniqueConstraint(columnNames = {"campaign_id", "subject_id", "node_code"}))
public class Explanation {
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

  protected Explanation() {}

  public Explanation(Campaign campaign, OrganisationUnit subject, String nodeCode) {
    this.campaign = campaign;
    this.subject = subject;
    this.nodeCode = nodeCode;
  }

  void set(String text, String author, Instant at) {
    this.text = text;
    this.author = author;
    this.writtenAt = at;
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
}
