package vn.parindex.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.evidence.EvidenceDocument;
import vn.parindex.evidence.EvidenceRepository;
import vn.parindex.shared.Clocks;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.ForbiddenException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Violation;

/**
 * A lead unit reports a task's progress for a month or quarter, with the evidence documents it has
 * in the evidence store; the latest period's report is where the task stands.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class ReportTaskProgress {
  /** The most documents one report cites. */
  static final int MAX_EVIDENCE = 20;

  @Inject PlanRepository repository;
  @Inject EvidenceRepository evidence;
  @Inject CampaignService campaignService;
  @Inject Clock clock;

  /**
   * A task with its reports, the documents they cite by id, and whether the caller may report.
   *
   * @param choices the lead unit's documents the caller may cite, where it may report
   */
  public record TaskView(
      PlanBook.TaskLine line,
      boolean reportable,
      List<TaskReport> reports,
      Map<Long, EvidenceDocument> documents,
      List<EvidenceDocument> choices) {}

  public TaskView view(long planId, long taskId) {
    CampaignAccess.Caller caller = campaignService.caller();
    PlanTask task = readable(planId, taskId, caller);
    List<TaskReport> reports = repository.reports(taskId);
    Map<Long, EvidenceDocument> documents = new LinkedHashMap<>();
    reports.stream()
        .flatMap(r -> r.getEvidence().stream())
        .distinct()
        .forEach(id -> evidence.find(id).ifPresent(d -> documents.put(id, d)));
    boolean reportable = PlanAccess.mayReport(caller, task);
    return new TaskView(
        PlanBook.TaskLine.of(task, today()),
        reportable,
        reports,
        documents,
        reportable ? evidence.documentsOf(task.getLead().getCode()) : List.of());
  }

  /**
   * Records the report of a period (replacing one of the same period) on a task read at {@code
   * version}; the task then stands where its latest period's report says.
   */
  public PlanTask report(long planId, long taskId, long version, ProgressInput in) {
    CampaignAccess.Caller caller = campaignService.caller();
    PlanTask task = readable(planId, taskId, caller);
    if (!PlanAccess.mayReport(caller, task)) {
      throw new ForbiddenException();
    }
    if (task.getVersion() != version) {
      throw new ConflictException("error.stale");
    }
    ProgressInput checked = check(task, in);
    List<TaskReport> reports = repository.reports(taskId);
    TaskReport report =
        reports.stream()
            .filter(r -> r.getPeriod().equals(checked.period()))
            .findFirst()
            .orElse(null);
    if (report == null) {
      report = new TaskReport(task, checked.period());
      repository.add(report);
      reports = new ArrayList<>(reports);
      reports.add(report);
    }
    report.fill(checked, caller.username(), clock.instant());
    TaskReport latest =
        reports.stream()
            .max(
                Comparator.comparing(ReportTaskProgress::order)
                    .thenComparing(TaskReport::getReportedAt))
            .orElseThrow();
    task.stand(latest, caller.username(), clock.instant());
    return task;
  }

  /** The report checked, its note composed and the day done filled in (today when not given). */
  private ProgressInput check(PlanTask task, ProgressInput in) {
    List<Violation> problems = new ArrayList<>();
    ReportPeriod period = ReportPeriod.parse(in.period());
    int year = task.getPlan().getYear();
    if (period == null || period.year() < year || period.year() > year + 1) {
      problems.add(Violation.ofField("period", "plan.progress.period.range", year, year + 1));
    }
    if (in.status() == null) {
      problems.add(Violation.ofField("status", "field.required"));
    }
    BigDecimal reached = in.reached();
    if (TaskChecks.outOfRange(reached)) {
      problems.add(Violation.ofField("reached", "plan.value.range"));
    }
    LocalDate doneOn = in.doneOn() == null ? today() : in.doneOn();
    if (in.status() == TaskStatus.DONE && doneOn.isAfter(today())) {
      problems.add(Violation.ofField("doneOn", "plan.progress.future"));
    }
    String note = Violation.typed("note", in.note(), TaskReport.MAX_NOTE, false, problems);
    evidenceProblems(task, in.evidence(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ProgressInput(
        period.code(),
        in.status(),
        reached,
        doneOn,
        note,
        List.copyOf(new LinkedHashSet<>(in.evidence())));
  }

  /** Each document cited must be the lead unit's: a unit cannot show another's files as its own. */
  private void evidenceProblems(PlanTask task, List<Long> ids, List<Violation> problems) {
    if (ids.size() > MAX_EVIDENCE) {
      problems.add(Violation.ofField("evidence", "plan.progress.evidenceCount", MAX_EVIDENCE));
      return;
    }
    Set<Long> seen = new HashSet<>();
    for (Long id : ids) {
      boolean own =
          id != null
              && evidence
                  .find(id)
                  .filter(d -> d.getOwner().getCode().equals(task.getLead().getCode()))
                  .isPresent();
      if (!own && seen.add(id)) {
        problems.add(
            Violation.ofField("evidence", "plan.progress.evidence.notOwn", String.valueOf(id)));
      }
    }
  }

  /** The task if the caller may read its plan or leads it: 404 for another plan's, 403 else. */
  private PlanTask readable(long planId, long taskId, CampaignAccess.Caller caller) {
    PlanTask task =
        repository
            .task(planId, taskId)
            .orElseThrow(() -> new NotFoundException("plan.task.notFound", taskId));
    if (!PlanAccess.mayRead(caller, task.getPlan()) && !PlanAccess.mayReport(caller, task)) {
      throw new ForbiddenException();
    }
    return task;
  }

  /** Periods in time order: a quarter counts as its last month. */
  private static int order(TaskReport report) {
    ReportPeriod p = ReportPeriod.parse(report.getPeriod());
    return p.year() * 100 + (p.quarter() > 0 ? p.quarter() * 3 : p.month());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Clocks.VIETNAM));
  }
}
