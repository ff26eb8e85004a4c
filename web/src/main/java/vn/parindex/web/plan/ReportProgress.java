package vn.parindex.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.evidence.EvidenceDocument;
import vn.parindex.plan.ProgressInput;
import vn.parindex.plan.ReportPeriod;
import vn.parindex.plan.ReportTaskProgress;
import vn.parindex.plan.TaskStatus;
import vn.parindex.shared.Clocks;
import vn.parindex.web.shell.FacesMessages;

/**
 * The progress dialog of {@code app/plan.xhtml}: a task's reports so far with the documents they
 * cite, and, for its lead unit, the report of a month or quarter with documents it has in the
 * evidence store.
 */
@Named
@ViewScoped
public class ReportProgress implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ReportTaskProgress progress;
  @Inject FollowPlan plan;
  @Inject FacesMessages messages;
  @Inject Clock clock;

  private Long taskId;
  private transient ReportTaskProgress.TaskView task;
  private String period;
  private TaskStatus status;
  private BigDecimal reached;
  private LocalDate doneOn;
  private String note;
  private List<Long> evidence = new ArrayList<>();

  /** Opens a task: its reports, and an empty report of this month to fill in. */
  public void open(long id) {
    taskId = id;
    task = progress.view(plan.getId(), id);
    LocalDate today = LocalDate.now(clock.withZone(Clocks.VIETNAM));
    int year = task.line().task().getPlan().getYear();
    // This month where the plan's periods hold it; for a past year's plan its last quarter.
    period =
        today.getYear() == year || today.getYear() == year + 1
            ? new ReportPeriod(today.getYear(), today.getMonthValue(), 0).code()
            : new ReportPeriod(year, 0, 4).code();
    status = task.line().task().getStatus();
    reached = task.line().task().getReached();
    doneOn = task.line().task().getDoneOn();
    note = null;
    evidence = new ArrayList<>();
  }

  public void save() {
    progress.report(
        plan.getId(),
        taskId,
        getTask().line().task().getVersion(),
        new ProgressInput(period, status, reached, doneOn, note, evidence));
    messages.info("plan.reported", getTask().line().task().getNumber());
    task = progress.view(plan.getId(), taskId);
    plan.refresh();
  }

  /** The periods a report may cover: the plan year's months and quarters and the next year's. */
  public List<ReportPeriod> getPeriods() {
    int year = plan.getView().plan().getYear();
    List<ReportPeriod> periods = new ArrayList<>();
    for (int y = year; y <= year + 1; y++) {
      for (int m = 1; m <= 12; m++) {
        periods.add(new ReportPeriod(y, m, 0));
        if (m % 3 == 0) {
          periods.add(new ReportPeriod(y, 0, m / 3));
        }
      }
    }
    return periods;
  }

  public TaskStatus[] getStatuses() {
    return TaskStatus.values();
  }

  /** The task as last read (read again if this view was restored). */
  public ReportTaskProgress.TaskView getTask() {
    if (task == null && taskId != null) {
      task = progress.view(plan.getId(), taskId);
    }
    return task;
  }

  public EvidenceDocument document(Long id) {
    return getTask().documents().get(id);
  }

  public Long getTaskId() {
    return taskId;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public void setStatus(TaskStatus status) {
    this.status = status;
  }

  public BigDecimal getReached() {
    return reached;
  }

  public void setReached(BigDecimal reached) {
    this.reached = reached;
  }

  public LocalDate getDoneOn() {
    return doneOn;
  }

  public void setDoneOn(LocalDate doneOn) {
    this.doneOn = doneOn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<Long> getEvidence() {
    return evidence;
  }

  public void setEvidence(List<Long> evidence) {
    this.evidence = evidence;
  }
}
