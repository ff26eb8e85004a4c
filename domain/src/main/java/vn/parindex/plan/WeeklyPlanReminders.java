package vn.parindex.plan;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.parindex.shared.Clocks;
import vn.parindex.shared.ClusterOnce;

/**
 * Every Monday at 7:45, Vietnam time, reminds the lead units of the overdue tasks of this year's
 * and last year's plans (a task due in December is often late into January): weekly, because a
 * task's deadline is months away and a daily letter would be ignored.
 */
@Singleton
public class WeeklyPlanReminders {
  private static final Logger LOG = Logger.getLogger(WeeklyPlanReminders.class.getName());

  /** The job's name where the servers of a cluster claim its day. */
  private static final String JOB = "weekly-plan-reminders";

  /** Who the weekly run's reminders are recorded as sent by. */
  static final String WEEKLY = "hệ thống (hằng tuần)";

  @Inject PlanRepository repository;
  @Inject OverdueLetters letters;
  @Inject Clock clock;
  @Inject ClusterOnce cluster;

  /** Each plan in a transaction of its own, so that one that fails does not undo the others. */
  @Schedule(
      dayOfWeek = "Mon",
      hour = "7",
      minute = "45",
      timezone = "Asia/Ho_Chi_Minh",
      persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void remind() {
    LocalDate today = LocalDate.now(clock.withZone(Clocks.VIETNAM));
    if (!cluster.claim(JOB, today)) {
      LOG.info("Weekly plan reminders: run by another server today");
      return;
    }
    int year = today.getYear();
    for (int y = year - 1; y <= year; y++) {
      for (Plan plan : repository.plans(y)) {
        try {
          List<PlanReminder> made = letters.send(plan, WEEKLY);
          LOG.info(() -> "Weekly reminders for " + plan.getNumber() + ": " + made.size());
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, e, () -> "Weekly reminders failed for " + plan.getNumber());
        }
      }
    }
  }
}
