package vn.parindex.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.parindex.campaign.Phases;
import vn.parindex.shared.Letter;
import vn.parindex.shared.MessageKey;

/**
 * The e-mail that reminds a unit of what it has not done, with its dates and figures; its words are
 * the recipient's language's.
 */
public final class ReminderLetter {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private ReminderLetter() {}

  /**
   * The letter to a unit behind on a campaign's work.
   *
   * @param addressee the unit's name today: a letter sent today greets it so, although the
   *     campaign's pages name it as it was in the campaign's year ("… (nay: …)")
   */
  public static Letter of(
      String campaign,
      String addressee,
      ProgressRow unit,
      Set<ReminderReason> reasons,
      Phases phases,
      LocalDate today) {
    List<MessageKey> paragraphs = new ArrayList<>();
    paragraphs.add(new MessageKey("reminder.greeting", addressee));
    paragraphs.add(new MessageKey("reminder.intro", campaign));
    if (reasons.contains(ReminderReason.NOMINATION)) {
      paragraphs.add(
          new MessageKey("reminder.nomination", deadline(phases.getNominationDue(), today)));
    }
    if (reasons.contains(ReminderReason.SUBMISSION)) {
      paragraphs.add(
          new MessageKey(
              "reminder.submission",
              deadline(phases.getSelfAssessmentCloses(), today),
              unit.scored(),
              unit.leaves(),
              unit.withEvidence()));
    }
    if (reasons.contains(ReminderReason.EVIDENCE_REQUESTS)) {
      paragraphs.add(new MessageKey("reminder.requests", unit.overdueRequests()));
    }
    paragraphs.add(new MessageKey("reminder.closing"));
    return new Letter(new MessageKey("reminder.subject", campaign), paragraphs);
  }

  /**
   * The letter to a unit below its survey quota, with the deadline if there is one; {@code
   * addressee} as in {@link #of}.
   */
  public static Letter survey(
      String campaign, String addressee, Reminders.Shortfall unit, LocalDate today) {
    List<MessageKey> paragraphs = new ArrayList<>();
    paragraphs.add(new MessageKey("reminder.greeting", addressee));
    paragraphs.add(new MessageKey("reminder.intro", campaign));
    paragraphs.add(
        new MessageKey(
            "reminder.survey",
            unit.answered(),
            unit.quota(),
            unit.deadline() == null
                ? new MessageKey("reminder.due.none")
                : deadline(unit.deadline(), today)));
    paragraphs.add(new MessageKey("reminder.closing"));
    return new Letter(new MessageKey("reminder.subject", campaign), paragraphs);
  }

  /**
   * The letter to a unit that leads overdue tasks of a plan: each task with its number, deadline
   * and days late.
   *
   * @param tasks one line per task: number, content, deadline, days late
   */
  public static Letter planTasks(String plan, String unitName, List<OverdueTask> tasks) {
    List<MessageKey> paragraphs = new ArrayList<>();
    paragraphs.add(new MessageKey("reminder.greeting", unitName));
    paragraphs.add(new MessageKey("reminder.plan.intro", plan, tasks.size()));
    for (OverdueTask t : tasks) {
      paragraphs.add(
          new MessageKey(
              "reminder.plan.task",
              t.number(),
              t.content(),
              DATE.format(t.deadline()),
              t.daysLate()));
    }
    paragraphs.add(new MessageKey("reminder.plan.report"));
    paragraphs.add(new MessageKey("reminder.closing"));
    return new Letter(new MessageKey("reminder.plan.subject", plan), paragraphs);
  }

  /** A task past its deadline, as the letter lists it. */
  public record OverdueTask(int number, String content, LocalDate deadline, int daysLate) {}

  private static MessageKey deadline(LocalDate due, LocalDate today) {
    return new MessageKey(
        today.isAfter(due) ? "reminder.due.passed" : "reminder.due", DATE.format(due));
  }
}
