package vn.parindex.plan;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.parindex.organisation.OrganisationUnit;

/**
 * A task of a plan, as its appendix table lists it (number, content, lead and coordinating units,
 * deadline, output or indicator with its target, the criteria it serves), and where its lead unit's
 * latest report says it stands. The reports themselves are kept as {@link TaskReport}s.
 */
@Entity
@Table(name = "plan_task")
public class PlanTask {
  @Id
  @SequenceGenerator(name = "plan_task_seq", sequenceName = "plan_task_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_task_seq")
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  @Column(name = "line_no", nullable = false)
  private int number;

  @Column(nullable = false, length = 1000)
  private String content;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lead_unit_id")
  private OrganisationUnit lead;

  /** The coordinating units' codes, comma-separated: shown, never joined on. */
  @Column(name = "partner_codes", length = 500)
  private String partners;

  @Column(nullable = false)
  private LocalDate deadline;

  @Column(length = 300)
  private String indicator;

  @Column(name = "target_value", precision = 14, scale = 2)
  private BigDecimal target;

  /** The framework criteria it serves, comma-separated codes such as 1.1 or 6.2.1. */
  @Column(name = "criterion_codes", length = 200)
  private String criteria;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private TaskStatus status = TaskStatus.NOT_STARTED;

  @Column(name = "reached_value", precision = 14, scale = 2)
  private BigDecimal reached;

  @Column(name = "done_on")
  private LocalDate doneOn;

  @Column(name = "reported_period", length = 7)
  private String reportedPeriod;

  @Column(name = "changed_by", nullable = false, length = 50)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected PlanTask() {}

  PlanTask(Plan plan, int number) {
    this.plan = plan;
    this.number = number;
  }

  /** What the plan asks: everything but where the task stands. */
  void describe(TaskInput in, OrganisationUnit lead, String by, Instant at) {
    this.content = in.content();
    this.lead = lead;
    this.partners = in.partners().isEmpty() ? null : String.join(",", in.partners());
    this.deadline = in.deadline();
    this.indicator = in.indicator();
    this.target = in.target();
    this.criteria = in.criteria().isEmpty() ? null : String.join(",", in.criteria());
    this.changedBy = by;
    this.changedAt = at;
  }

  /** Where the latest report (by period) says it stands. */
  void stand(TaskReport latest, String by, Instant at) {
    this.status = latest.getStatus();
    this.reached = latest.getReached();
    this.doneOn = latest.getDoneOn();
    this.reportedPeriod = latest.getPeriod();
    this.changedBy = by;
    this.changedAt = at;
  }

  public TaskState state(LocalDate today) {
    return TaskState.of(deadline, status, doneOn, today);
  }

  public int daysLate(LocalDate today) {
    return TaskState.daysLate(deadline, status, doneOn, today);
  }

  /** Whether it serves criterion {@code nodeCode}: named, or one of its parents named. */
  public boolean serves(String nodeCode) {
    return getCriteria().stream().anyMatch(c -> nodeCode.equals(c) || nodeCode.startsWith(c + "."));
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Plan getPlan() {
    return plan;
  }

  public int getNumber() {
    return number;
  }

  public String getContent() {
    return content;
  }

  public OrganisationUnit getLead() {
    return lead;
  }

  public List<String> getPartners() {
    return split(partners);
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public String getIndicator() {
    return indicator;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public List<String> getCriteria() {
    return split(criteria);
  }

  /** The criteria as the pages print them: "1.1, 6.2.1". */
  public String getCriteriaText() {
    return String.join(", ", getCriteria());
  }

  public TaskStatus getStatus() {
    return status;
  }

  public BigDecimal getReached() {
    return reached;
  }

  public LocalDate getDoneOn() {
    return doneOn;
  }

  public String getReportedPeriod() {
    return reportedPeriod;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  private static List<String> split(String joined) {
    return joined == null ? List.of() : Arrays.asList(joined.split(","));
  }
}
