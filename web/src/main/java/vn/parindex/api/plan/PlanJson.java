package vn.parindex.api.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.evidence.EvidenceDocument;
import vn.parindex.plan.FollowPlans;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanBook;
import vn.parindex.plan.PlanKind;
import vn.parindex.plan.PlanReminder;
import vn.parindex.plan.PlanTally;
import vn.parindex.plan.PlanTask;
import vn.parindex.plan.ProgressInput;
import vn.parindex.plan.ReportTaskProgress;
import vn.parindex.plan.TaskFields;
import vn.parindex.plan.TaskReport;
import vn.parindex.plan.TaskState;
import vn.parindex.plan.TaskStatus;

/** The JSON of plans, their tasks and the progress reports. */
public final class PlanJson {
  private PlanJson() {}

  /** A plan's header as sent; {@code version} only when changing it. */
  public record HeaderJson(
      PlanKind kind,
      String ownerCode,
      String number,
      LocalDate issuedOn,
      String issuer,
      Integer year,
      String title,
      Long version) {
    PlanBook.PlanInput input() {
      return new PlanBook.PlanInput(kind, ownerCode, number, issuedOn, issuer, year, title);
    }
  }

  /** A plan as listed and returned. */
  public record PlanJsonView(
      long id,
      long version,
      PlanKind kind,
      String ownerCode,
      String number,
      LocalDate issuedOn,
      String issuer,
      int year,
      String title,
      TallyJson tally) {
    static PlanJsonView of(Plan p, PlanTally tally) {
      return new PlanJsonView(
          p.getId(),
          p.getVersion(),
          p.getKind(),
          p.getOwner().getCode(),
          p.getNumber(),
          p.getIssuedOn(),
          p.getIssuer(),
          p.getYear(),
          p.getTitle(),
          tally == null ? null : TallyJson.of(tally));
    }
  }

  /** How many tasks stand in each state. */
  public record TallyJson(
      int total, int doneOnTime, int doneLate, int inProgress, int overdue, int notStarted) {
    static TallyJson of(PlanTally t) {
      return new TallyJson(
          t.total(),
          t.count(TaskState.DONE_ON_TIME),
          t.count(TaskState.DONE_LATE),
          t.count(TaskState.IN_PROGRESS),
          t.count(TaskState.OVERDUE),
          t.count(TaskState.NOT_STARTED));
    }
  }

  /** A plan with its tasks and reminders. */
  public record PlanDetailJson(
      PlanJsonView plan, boolean editable, List<TaskJson> tasks, List<ReminderJson> reminders) {
    static PlanDetailJson of(PlanBook.PlanView v) {
      return new PlanDetailJson(
          PlanJsonView.of(v.plan(), v.tally()),
          v.editable(),
          v.tasks().stream().map(TaskJson::of).toList(),
          v.reminders().stream().map(ReminderJson::of).toList());
    }
  }

  /** A task with where it stands. */
  public record TaskJson(
      long id,
      long version,
      long planId,
      int number,
      String content,
      String leadCode,
      List<String> partners,
      LocalDate deadline,
      String indicator,
      BigDecimal target,
      List<String> criteria,
      TaskStatus status,
      BigDecimal reached,
      LocalDate doneOn,
      String reportedPeriod,
      TaskState state,
      int daysLate) {
    static TaskJson of(PlanBook.TaskLine line) {
      PlanTask t = line.task();
      return new TaskJson(
          t.getId(),
          t.getVersion(),
          t.getPlan().getId(),
          t.getNumber(),
          t.getContent(),
          t.getLead().getCode(),
          t.getPartners(),
          t.getDeadline(),
          t.getIndicator(),
          t.getTarget(),
          t.getCriteria(),
          t.getStatus(),
          t.getReached(),
          t.getDoneOn(),
          t.getReportedPeriod(),
          line.state(),
          line.daysLate());
    }
  }

  /** A task as typed; {@code version} only when changing it, {@code number} only when adding. */
  public record TaskInJson(
      Integer number,
      String content,
      String leadCode,
      LocalDate deadline,
      List<String> partners,
      String indicator,
      BigDecimal target,
      List<String> criteria,
      Long version) {
    TaskFields fields() {
      return new TaskFields(
          number,
          content,
          leadCode,
          deadline,
          partners == null ? List.of() : partners,
          indicator,
          target,
          criteria == null ? List.of() : criteria);
    }
  }

  /** A progress report as sent, with the version of the task it was written against. */
  public record ProgressJson(
      String period,
      TaskStatus status,
      BigDecimal reached,
      LocalDate doneOn,
      String note,
      List<Long> evidence,
      Long version) {
    ProgressInput input() {
      return new ProgressInput(period, status, reached, doneOn, note, evidence);
    }
  }

  /** A task with its reports and the documents they cite. */
  public record TaskDetailJson(
      TaskJson task, boolean reportable, List<ReportJson> reports, List<DocumentJson> documents) {
    static TaskDetailJson of(ReportTaskProgress.TaskView v) {
      return new TaskDetailJson(
          TaskJson.of(v.line()),
          v.reportable(),
          v.reports().stream().map(ReportJson::of).toList(),
          v.documents().values().stream().map(DocumentJson::of).toList());
    }
  }

  public record ReportJson(
      String period,
      TaskStatus status,
      BigDecimal reached,
      LocalDate doneOn,
      String note,
      List<Long> evidence,
      String reportedBy,
      Instant reportedAt) {
    static ReportJson of(TaskReport r) {
      return new ReportJson(
          r.getPeriod(),
          r.getStatus(),
          r.getReached(),
          r.getDoneOn(),
          r.getNote(),
          r.getEvidence(),
          r.getReportedBy(),
          r.getReportedAt());
    }
  }

  /** A document cited, with the campaign it was uploaded in (where it is downloaded from). */
  public record DocumentJson(long id, long campaignId, String fileName, String describe) {
    static DocumentJson of(EvidenceDocument d) {
      return new DocumentJson(d.getId(), d.getCampaign().getId(), d.getFileName(), d.describe());
    }
  }

  public record ReminderJson(
      String unitCode,
      int overdue,
      String recipients,
      Instant sentAt,
      String sentBy,
      boolean delivered,
      String failure) {
    static ReminderJson of(PlanReminder r) {
      return new ReminderJson(
          r.getUnitCode(),
          r.getOverdue(),
          r.getRecipients(),
          r.getSentAt(),
          r.getSentBy(),
          r.isDelivered(),
          r.getFailure());
    }
  }

  /** A unit's tasks across the year's plans. */
  public record UnitTasksJson(TallyJson tally, List<TaskJson> tasks) {
    static UnitTasksJson of(FollowPlans.Tasks t) {
      return new UnitTasksJson(
          TallyJson.of(t.tally()), t.lines().stream().map(TaskJson::of).toList());
    }
  }

  /** A lead unit with where the tasks it leads stand. */
  public record UnitLineJson(String unitCode, String name, TallyJson tally) {
    static UnitLineJson of(FollowPlans.UnitLine l) {
      return new UnitLineJson(l.unitCode(), l.name(), TallyJson.of(l.tally()));
    }
  }

  public record ImportedJson(int added, int updated) {}
}
