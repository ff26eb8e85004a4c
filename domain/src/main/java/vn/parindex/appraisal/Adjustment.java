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
import java.math.BigDecimal;
import vn.parindex.campaign.Campaign;
import vn.parindex.organisation.OrganisationUnit;

/** A subject's bonus and penalty points (điểm thưởng, điểm trừ) and why. */
@Entity
@Table(
    name = "adjustment",
    uniqueConstraints = @UniqueConstraint(columnNames = {"campaign_id", "subject_id"}))
public class Adjustment {
  @Id
  @SequenceGenerator(name = "adjustment_seq", sequenceName = "adjustment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adjustment_seq")
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  @ManyToOne(optional = false)
  @JoinColumn(name = "subject_id")
  private OrganisationUnit subject;

  @Column(nullable = false, precision = 7, scale = 2)
  private BigDecimal bonus = BigDecimal.ZERO;

  @Column(nullable = false, precision = 7, scale = 2)
  private BigDecimal penalty = BigDecimal.ZERO;

  @Column(length = 2000)
  private String reason;

  /** Points the record of timeliness takes off, kept apart from the penalty given by hand. */
  @Column(nullable = false, precision = 7, scale = 2)
  private BigDecimal timeliness = BigDecimal.ZERO;

  @Column(name = "timeliness_reason", length = 4000)
  private String timelinessReason;

  protected Adjustment() {}

  public Adjustment(Campaign campaign, OrganisationUnit subject) {
    this.campaign = campaign;
    this.subject = subject;
  }

  /** Bonus and penalty as the audit trail records them: {@code +0.5 −1}. */
  static String describe(BigDecimal bonus, BigDecimal penalty) {
    return "+"
        + bonus.stripTrailingZeros().toPlainString()
        + " −"
        + penalty.stripTrailingZeros().toPlainString();
  }

  void set(BigDecimal bonus, BigDecimal penalty, String reason) {
    this.bonus = bonus;
    this.penalty = penalty;
    this.reason = reason;
  }

  /**
   * Takes off what the record of timeliness gives, with its arithmetic; the campaign's penalty cap
   * holds it and the penalty together.
   */
  public void deductForTimeliness(BigDecimal points, String arithmetic) {
    this.timeliness = points;
    this.timelinessReason = arithmetic;
  }

  public OrganisationUnit getSubject() {
    return subject;
  }

  public BigDecimal getBonus() {
    return bonus;
  }

  public BigDecimal getPenalty() {
    return penalty;
  }

  public String getReason() {
    return reason;
  }

  public BigDecimal getTimeliness() {
    return timeliness;
  }

  public String getTimelinessReason() {
    return timelinessReason;
  }

  /** The penalty given by hand and the one of the record of timeliness. */
  public BigDecimal totalPenalty() {
    return penalty.add(timeliness);
  }
}
