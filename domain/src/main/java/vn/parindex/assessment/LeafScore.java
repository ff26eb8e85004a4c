package vn.parindex.assessment;

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
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.parindex.campaign.Campaign;
import vn.parindex.organisation.OrganisationUnit;

/**
 * One leaf of one subject's assessment: the rule input, the self-score and why, and the at-risk
 * flag with its remedy. Every change to it is also written to the audit trail by the service.
 */
@Entity
@Table(
    name = "leaf_score",
    uniqueConstraints = @UniqueConstraint(columnNames = {"campaign_id", "subject_id", "node_code"}))
public class LeafScore implements Serializable {
  @Id
  @SequenceGenerator(name = "leaf_score_seq", sequenceName = "leaf_score_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leaf_score_seq")
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

  @Column(name = "input_value", precision = 14, scale = 4)
  private BigDecimal value;

  @Column(name = "suggested_score", precision = 7, scale = 2)
  private BigDecimal suggestedScore;

  @Column(name = "self_score", precision = 7, scale = 2)
  private BigDecimal selfScore;

  @Column(length = 4000)
  private String explanation;

  /** Why the self-score departs from the rule's points; null when it is the rule's result. */
  @Column(name = "override_reason", length = 2000)
  private String overrideReason;

  @Column(name = "at_risk", nullable = false)
  private boolean atRisk;

  @Column(name = "risk_cause", length = 2000)
  private String riskCause;

  @Column(length = 2000)
  private String remedy;

  @Column(name = "risk_owner", length = 200)
  private String riskOwner;

  @Column(name = "risk_due")
  private LocalDate riskDue;

  @Column(nullable = false)
  private boolean returned;

  @Column(name = "return_comment", length = 2000)
  private String returnComment;

  @Column(name = "updated_by", length = 50)
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected LeafScore() {}

  public LeafScore(Campaign campaign, OrganisationUnit subject, String nodeCode) {
    this.campaign = campaign;
    this.subject = subject;
    this.nodeCode = nodeCode;
  }

  void score(SelfScoring.Outcome outcome, String explanation) {
    this.value = outcome.value();
    this.suggestedScore = outcome.suggested();
    this.selfScore = outcome.selfScore();
    this.overrideReason = outcome.overrideReason();
    this.explanation = explanation;
    this.returned = false;
  }

  void flag(boolean atRisk, String cause, String remedy, String owner, LocalDate due) {
    this.atRisk = atRisk;
    this.riskCause = atRisk ? cause : null;
    this.remedy = atRisk ? remedy : null;
    this.riskOwner = atRisk ? owner : null;
    this.riskDue = atRisk ? due : null;
  }

  void sendBack(String comment) {
    returned = true;
    returnComment = comment;
  }

  void touched(String username, Instant at) {
    updatedBy = username;
    updatedAt = at;
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

  public OrganisationUnit getSubject() {
    return subject;
  }

  public String getNodeCode() {
    return nodeCode;
  }

  public BigDecimal getValue() {
    return value;
  }

  public BigDecimal getSuggestedScore() {
    return suggestedScore;
  }

  public BigDecimal getSelfScore() {
    return selfScore;
  }

  public String getExplanation() {
    return explanation;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  /** Whether the self-score departs from the rule's points, with a reason given. */
  public boolean isOverridden() {
    return overrideReason != null;
  }

  public boolean isAtRisk() {
    return atRisk;
  }

  public String getRiskCause() {
    return riskCause;
  }

  public String getRemedy() {
    return remedy;
  }

  public String getRiskOwner() {
    return riskOwner;
  }

  public LocalDate getRiskDue() {
    return riskDue;
  }

  public boolean isReturned() {
    return returned;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
