package vn.parindex.shared;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Scheduled work runs once per cluster, not once per server: each server's timer fires, and only
 * the one that claims the job's day in the database goes on. The claim is its own transaction, so
 * the others see it as soon as it is made, and a failed run is not claimed again that day (the next
 * day's run, or Sở Nội vụ by hand, makes up for it).
 */
@Stateless
public class ClusterOnce {
  @Inject ScheduledRunRepository runs;
  @Inject Clock clock;

  /** Whether this server is the one to run {@code job} on {@code day}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(String job, LocalDate day) {
    // "pid@host": which server ran a job, for whoever reads the table after a night's runs.
    return runs.claim(
        new ScheduledRun(
            job, day, ManagementFactory.getRuntimeMXBean().getName(), clock.instant()));
  }

  /** Who ran the job on which day, the latest first. */
  public List<ScheduledRun> runs(String job) {
    return runs.of(job);
  }
}
