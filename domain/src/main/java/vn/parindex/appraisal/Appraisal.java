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
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import vn.parindex.campaign.Campaign;
import vn.parindex.organisation.OrganisationUnit;

/**
 * An appraiser's score of one subject's leaf in one round (thẩm định), with a comment, whether the
 * unit must explain, or that the leaf does not apply to the unit (and why).
 */
@Entity
@Table(
    name = "appraisal",
    uniqueConstraints =
        @UniqueConstraint(columnNames = {"campaign_id", "subject_id", "node_code", "round_no"}))
public class Appraisal implements Serializable {
  @Id
  @SequenceGenerator(name = "appraisal_seq", sequenceName = "appraisal_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_seq")
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

  @Column(name = "round_no", nullable = false)
  private int round;

  @Column(precision = 7, scale = 2)
  private BigDecimal score;

  @Column(length = 2000)
  private String remark;

  @Column(name = "needs_explanation", nullable = false)
  private boolean needsExplanation;

  @Column(name = "not_applicable", nullable = false)
  private boolean notApplicable;

  @Column(name = "appraiser", nullable = false, length = 50)
  private String appraiser;

  @Column(name = "appraised_at", nullable = false)
  private Instant appraisedAt;

  protected Appraisal() {}

  public Appraisal(Campaign campaign, OrganisationUnit subject, String nodeCode, int round) {
    this.campaign = campaign;
    this.subject = subject;
    this.nodeCode = nodeCode;
    this.round = round;
  }

  void set(
      BigDecimal score,
      String remark,
      boolean needsExplanation,
      boolean notApplicable,
      String appraiser,
      Instant at) {
    this.score = score;
    this.remark = remark;
    this.needsExplanation = needsExplanation;
    this.notApplicable = notApplicable;
    this.appraiser = appraiser;
    this.appraisedAt = at;
  }

  public long getVersion() {
    return version;
  }

  public OrganisationUnit getSubject() {
    return subject;
  }

  public String getNodeCode() {
    return nodeCode;
  }

  public int getRound() {
    return round;
  }

  public BigDecimal getScore() {
    return score;
  }

  public String getRemark() {
    return remark;
  }

  public boolean isNeedsExplanation() {
    return needsExplanation;
  }

  public boolean isNotApplicable() {
    return notApplicable;
  }

  public String getAppraiser() {
    return appraiser;
  }

  public Instant getAppraisedAt() {
    return appraisedAt;
  }

  /** How a score reads in the leaf's trail. */
  static String describe(BigDecimal score, boolean notApplicable) {
    if (notApplicable) {
      return "N/A";
    }
    return score == null ? null : score.stripTrailingZeros().toPlainString();
  }
}
