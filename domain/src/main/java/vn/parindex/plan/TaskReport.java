package vn.parindex.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A lead unit's report on a task for a month or quarter: status, value reached, what was done, and
 * the evidence documents (from the evidence store) that show it.
 */
@Entity
@Table(name = "plan_task_report")
public class TaskReport {
  /** The longest text a report keeps. */
  public static final int MAX_NOTE = 2000;

  @Id
  @SequenceGenerator(
      name = "plan_task_report_seq",
      sequenceName = "plan_task_report_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_task_report_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "task_id")
  private PlanTask task;

  @Column(nullable = false, length = 7)
  private String period;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private TaskStatus status;

  @Column(name = "reached_value", precision = 14, scale = 2)
  private BigDecimal reached;

  @Column(name = "done_on")
  private LocalDate doneOn;

  @Column(length = MAX_NOTE)
  private String note;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_report_evidence", joinColumns = @JoinColumn(name = "report_id"))
  @OrderColumn(name = "line_no")
  @Column(name = "evidence_id", nullable = false)
  private List<Long> evidence = new ArrayList<>();

  @Column(name = "reported_by", nullable = false, length = 50)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  protected TaskReport() {}

  TaskReport(PlanTask task, String period) {
    this.task = task;
    this.period = period;
  }

  void fill(ProgressInput in, String by, Instant at) {
    this.status = in.status();
    this.reached = in.reached();
    this.doneOn = in.status() == TaskStatus.DONE ? in.doneOn() : null;
    this.note = in.note();
    this.evidence = new ArrayList<>(in.evidence());
    this.reportedBy = by;
    this.reportedAt = at;
  }

  public Long getId() {
    return id;
  }

  public PlanTask getTask() {
    return task;
  }

  public String getPeriod() {
    return period;
  }

  /** The period as the pages and the report print it. */
  public String getPeriodLabel() {
    return ReportPeriod.label(period);
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

  public String getNote() {
    return note;
  }

  public List<Long> getEvidence() {
    return List.copyOf(evidence);
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }
}
