package vn.parindex.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.parindex.account.Account;
import vn.parindex.account.AccountRepository;
import vn.parindex.assessment.ReminderLetter;
import vn.parindex.assessment.Reminders;
import vn.parindex.shared.Clocks;

/**
 * The letters to the lead units of a plan's overdue tasks, one per unit to its officers and leaders
 * listing each task, each kept as a {@link PlanReminder} whether it went out or not. Sent when Sở
 * Nội vụ asks and every Monday morning ({@link WeeklyPlanReminders}).
 */
@ApplicationScoped
public class OverdueLetters {
  @Inject PlanRepository repository;
  @Inject AccountRepository accounts;
  @Inject Reminders reminders;
  @Inject Clock clock;

  /**
   * In the caller's transaction, or in one of its own (the weekly run, plan by plan).
   *
   * @param by who reminds: a username, or the system's run
   */
  @Transactional
  public List<PlanReminder> send(Plan plan, String by) {
    LocalDate today = LocalDate.now(clock.withZone(Clocks.VIETNAM));
    Map<String, List<PlanTask>> overdue = new TreeMap<>();
    for (PlanTask t : repository.tasks(plan.getId())) {
      if (t.state(today) == TaskState.OVERDUE) {
        overdue.computeIfAbsent(t.getLead().getCode(), k -> new ArrayList<>()).add(t);
      }
    }
    List<Account> everyone = overdue.isEmpty() ? List.of() : accounts.findAll();
    List<PlanReminder> made = new ArrayList<>();
    overdue.forEach(
        (unit, tasks) -> {
          Map<String, String> to = new TreeMap<>();
          Reminders.addUnitPeople(to, unit, everyone);
          PlanReminder reminder =
              new PlanReminder(
                  plan.getId(), unit, tasks.size(), recipients(to.keySet()), clock.instant(), by);
          List<ReminderLetter.OverdueTask> lines =
              tasks.stream()
                  .map(
                      t ->
                          new ReminderLetter.OverdueTask(
                              t.getNumber(), t.getContent(), t.getDeadline(), t.daysLate(today)))
                  .toList();
          String name = tasks.get(0).getLead().getNameVi();
          reminder.outcome(
              reminders.send(to, ReminderLetter.planTasks(plan.documentName(), name, lines)));
          repository.add(reminder);
          made.add(reminder);
        });
    return made;
  }

  /** The addresses as the reminder keeps them: as many as its column holds. */
  private static String recipients(Set<String> addresses) {
    String joined = String.join(", ", addresses);
    return joined.isEmpty() ? null : joined.substring(0, Math.min(joined.length(), 1000));
  }
}
