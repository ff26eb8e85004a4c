package vn.parindex.timeliness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.parindex.framework.Points;

/**
 * How an INTERNAL campaign counts the record of timeliness in its units' evaluation: points taken
 * off for each lapse of a kind, and the most that may be taken off in all.
 */
@Entity
@Table(name = "timeliness_rules")
public class TimelinessRules {
  @Id
  @Column(name = "campaign_id")
  private Long campaignId;

  @Version private long version;

  @Column(name = "nomination_late", nullable = false, precision = 5, scale = 2)
  private BigDecimal nominationLate = BigDecimal.ZERO;

  @Column(name = "submission_late", nullable = false, precision = 5, scale = 2)
  private BigDecimal submissionLate = BigDecimal.ZERO;

  @Column(nullable = false, precision = 5, scale = 2)
  private BigDecimal returned = BigDecimal.ZERO;

  @Column(nullable = false, precision = 5, scale = 2)
  private BigDecimal reminded = BigDecimal.ZERO;

  @Column(name = "evidence_late", nullable = false, precision = 5, scale = 2)
  private BigDecimal evidenceLate = BigDecimal.ZERO;

  @Column(name = "survey_missed", nullable = false, precision = 5, scale = 2)
  private BigDecimal surveyMissed = BigDecimal.ZERO;

  @Column(name = "plan_task_late", nullable = false, precision = 5, scale = 2)
  private BigDecimal planTaskLate = BigDecimal.ZERO;

  @Column(name = "deduction_cap", nullable = false, precision = 5, scale = 2)
  private BigDecimal cap = BigDecimal.ZERO;

  protected TimelinessRules() {}

  public TimelinessRules(long campaignId) {
    this.campaignId = campaignId;
  }

  /** The points of each kind, in the kinds' order. */
  public Map<LapseKind, BigDecimal> points() {
    Map<LapseKind, BigDecimal> points = new EnumMap<>(LapseKind.class);
    points.put(LapseKind.NOMINATION_LATE, nominationLate);
    points.put(LapseKind.SUBMISSION_LATE, submissionLate);
    points.put(LapseKind.RETURNED, returned);
    points.put(LapseKind.REMINDED, reminded);
    points.put(LapseKind.EVIDENCE_LATE, evidenceLate);
    points.put(LapseKind.SURVEY_MISSED, surveyMissed);
    points.put(LapseKind.PLAN_TASK_LATE, planTaskLate);
    return points;
  }

  void set(Map<LapseKind, BigDecimal> points, BigDecimal cap) {
    this.nominationLate = points.getOrDefault(LapseKind.NOMINATION_LATE, BigDecimal.ZERO);
    this.submissionLate = points.getOrDefault(LapseKind.SUBMISSION_LATE, BigDecimal.ZERO);
    this.returned = points.getOrDefault(LapseKind.RETURNED, BigDecimal.ZERO);
    this.reminded = points.getOrDefault(LapseKind.REMINDED, BigDecimal.ZERO);
    this.evidenceLate = points.getOrDefault(LapseKind.EVIDENCE_LATE, BigDecimal.ZERO);
    this.surveyMissed = points.getOrDefault(LapseKind.SURVEY_MISSED, BigDecimal.ZERO);
    this.planTaskLate = points.getOrDefault(LapseKind.PLAN_TASK_LATE, BigDecimal.ZERO);
    this.cap = cap;
  }

  /** What {@code lapses} take off: a line for each kind that counts, the total held to the cap. */
  public Deduction deduct(List<Lapse> lapses) {
    Map<LapseKind, Integer> counts = new EnumMap<>(LapseKind.class);
    lapses.forEach(l -> counts.merge(l.kind(), 1, Integer::sum));
    List<Deduction.Line> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<LapseKind, BigDecimal> rule : points().entrySet()) {
      int count = counts.getOrDefault(rule.getKey(), 0);
      if (count > 0 && rule.getValue().signum() > 0) {
        BigDecimal amount = rule.getValue().multiply(BigDecimal.valueOf(count));
        lines.add(new Deduction.Line(rule.getKey(), count, rule.getValue(), amount));
        total = total.add(amount);
      }
    }
    return new Deduction(
        List.copyOf(lines), Points.of(total), Points.of(cap), Points.of(total.min(cap)));
  }

  public long getCampaignId() {
    return campaignId;
  }

  public long getVersion() {
    return version;
  }

  public BigDecimal getCap() {
    return cap;
  }
}
