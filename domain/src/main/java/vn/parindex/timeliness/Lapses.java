package vn.parindex.timeliness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.parindex.plan.PlanTask;
import vn.parindex.plan.TaskState;
import vn.parindex.shared.Clocks;
import vn.parindex.survey.Participation;

/**
 * The rules that turn a campaign's records into lapses. A due date is a day in Vietnam: work sent
 * at 23:59 on it is on time, at 00:01 the next day one day late.
 */
public final class Lapses {
  private Lapses() {}

  /** Every lapse of the campaign's units, by unit and then by day. */
  public static List<Lapse> of(CampaignFacts facts, LocalDate today) {
    List<Lapse> lapses = new ArrayList<>();
    for (String unit : facts.units()) {
      late(
              facts,
              unit,
              LapseKind.NOMINATION_LATE,
              facts.nominationDue(),
              facts.nominated().get(unit),
              null,
              today)
          .ifPresent(lapses::add);
      late(
              facts,
              unit,
              LapseKind.SUBMISSION_LATE,
              facts.selfAssessmentCloses(),
              facts.firstSent().get(unit),
              null,
              today)
          .ifPresent(lapses::add);
    }
    for (CampaignFacts.Event e : facts.returns()) {
      lapses.add(at(facts, e, LapseKind.RETURNED));
    }
    for (CampaignFacts.Event e : facts.reminders()) {
      lapses.add(at(facts, e, LapseKind.REMINDED));
    }
    for (CampaignFacts.Request r : facts.requests()) {
      late(facts, r.unitCode(), LapseKind.EVIDENCE_LATE, r.due(), r.doneAt(), r.nodeCode(), today)
          .ifPresent(lapses::add);
    }
    lapses.sort(Comparator.comparing(Lapse::unitCode).thenComparing(Lapse::on));
    return lapses;
  }

  /** The survey quotas a campaign's units reached late, or have not reached past the deadline. */
  public static List<Lapse> ofSurvey(
      long campaignId, String campaignName, List<Participation.Line> lines) {
    return lines.stream()
        .filter(l -> l.daysLate() > 0)
        .map(
            l ->
                new Lapse(
                    l.unitCode(),
                    LapseKind.SURVEY_MISSED,
                    campaignId,
                    campaignName,
                    l.open() ? l.deadline() : l.reachedOn(),
                    l.daysLate(),
                    l.open(),
                    null))
        .toList();
  }

  /**
   * The tasks of a year's plans done after their deadline, or overdue today: each a lapse of its
   * lead unit, named by its plan and number.
   */
  public static List<Lapse> ofPlanTasks(List<PlanTask> tasks, LocalDate today) {
    return tasks.stream()
        .filter(t -> t.state(today).late())
        .map(
            t -> {
              boolean open = t.state(today) == TaskState.OVERDUE;
              return new Lapse(
                  t.getLead().getCode(),
                  LapseKind.PLAN_TASK_LATE,
                  0,
                  t.getPlan().documentName() + ", nhiệm vụ " + t.getNumber(),
                  open ? t.getDeadline() : t.getDoneOn(),
                  t.daysLate(today),
                  open,
                  null);
            })
        .toList();
  }

  /**
   * Days past {@code due} of work done at {@code done}, or still not done {@code today}; none when
   * on time, when nothing was due, or when it is not due yet.
   */
  static int daysLate(LocalDate due, Instant done, LocalDate today) {
    if (due == null) {
      return 0;
    }
    LocalDate day = done == null ? today : done.atZone(Clocks.VIETNAM).toLocalDate();
    return day.isAfter(due) ? (int) ChronoUnit.DAYS.between(due, day) : 0;
  }

  private static Optional<Lapse> late(
      CampaignFacts facts,
      String unit,
      LapseKind kind,
      LocalDate due,
      Instant done,
      String nodeCode,
      LocalDate today) {
    int days = daysLate(due, done, today);
    if (days == 0) {
      return Optional.empty();
    }
    LocalDate on = done == null ? due : done.atZone(Clocks.VIETNAM).toLocalDate();
    return Optional.of(
        new Lapse(
            unit,
            kind,
            facts.campaignId(),
            facts.campaignName(),
            on,
            days,
            done == null,
            nodeCode));
  }

  private static Lapse at(CampaignFacts facts, CampaignFacts.Event e, LapseKind kind) {
    return new Lapse(
        e.unitCode(),
        kind,
        facts.campaignId(),
        facts.campaignName(),
        e.at().atZone(Clocks.VIETNAM).toLocalDate(),
        0,
        false,
        e.nodeCode());
  }
}
