package vn.parindex.assessment;

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
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.notice.DateNotices;
import vn.parindex.shared.Clocks;
import vn.parindex.shared.ClusterOnce;

/**
 * Every morning at 7:30, Vietnam time, reminds the units of each open campaign that are behind (a
 * unit Sở Nội vụ has already reminded that day is left alone), then tells the units of every
 * campaign under way of its dates in the next three days. Once a day for the whole cluster: the
 * server that claims the day runs it.
 */
@Singleton
public class DailyReminders {
  private static final Logger LOG = Logger.getLogger(DailyReminders.class.getName());

  /** The job's name where the servers of a cluster claim its day. */
  private static final String JOB = "daily-reminders";

  @Inject CampaignRepository campaigns;
  @Inject Reminders reminders;
  @Inject DateNotices dates;
  @Inject Clock clock;
  @Inject ClusterOnce cluster;

  /**
   * Each campaign in a transaction of its own, so that one that fails (a broken address list, the
   * database) does not take back the reminders of the others.
   */
  @Schedule(hour = "7", minute = "30", timezone = "Asia/Ho_Chi_Minh", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void remind() {
    if (!cluster.claim(JOB, LocalDate.now(clock.withZone(Clocks.VIETNAM)))) {
      LOG.info("Daily reminders: run by another server today");
      return;
    }
    List<Campaign> all = campaigns.findAll();
    for (Campaign c : all.stream().filter(c -> c.getStatus() == CampaignStatus.OPEN).toList()) {
      try {
        List<Reminder> made = reminders.remind(c.getId(), Reminder.DAILY, true);
        LOG.info(
            () ->
                "Daily reminders for "
                    + c.getName()
                    + ": "
                    + made.stream().filter(Reminder::isDelivered).count()
                    + " sent of "
                    + made.size());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, e, () -> "Daily reminders failed for " + c.getName());
      }
    }
    tellOfDates(all);
  }

  /** Every campaign under way tells its units of the dates of the next three days. */
  private void tellOfDates(List<Campaign> all) {
    LocalDate today = LocalDate.now(clock);
    for (Campaign c : all) {
      if (c.isDraft() || c.isOver()) {
        continue;
      }
      try {
        int made = dates.tell(c.getId(), today);
        LOG.info(() -> "Date notices for " + c.getName() + ": " + made);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, e, () -> "Date notices failed for " + c.getName());
      }
    }
  }
}
