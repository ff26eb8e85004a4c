package vn.parindex.assessment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.CampaignStatus;

/**
 * Every morning at 7:30, Vietnam time, reminds the units of each open campaign that are behind; a
 * unit Sở Nội vụ has already reminded that day is left alone.
 */
@Singleton
public class DailyReminders {
  private static final Logger LOG = Logger.getLogger(DailyReminders.class.getName());

  @Inject CampaignRepository campaigns;
  @Inject Reminders reminders;

  @Schedule(hour = "7", minute = "30", timezone = "Asia/Ho_Chi_Minh", persistent = false)
  void remind() {
    campaigns.findAll().stream()
        .filter(c -> c.getStatus() == CampaignStatus.OPEN)
        .forEach(
            c -> {
              List<Reminder> made = reminders.remind(c, Reminder.DAILY, true);
              LOG.info(
                  () ->
                      "Daily reminders for "
                          + c.getName()
                          + ": "
                          + made.stream().filter(Reminder::isDelivered).count()
                          + " sent of "
                          + made.size());
            });
  }
}
