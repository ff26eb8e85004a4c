package vn.parindex.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import vn.parindex.account.Account;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.Phases;

/**
 * Tells the units of a campaign of each of its dates three days ahead (a phase opening or closing),
 * once per person and date, however often the daily run comes.
 */
@ApplicationScoped
public class DateNotices {
  /** How many days ahead a date is told. */
  static final int DAYS_AHEAD = 3;

  @Inject Notices notices;
  @Inject NoticeRepository stored;
  @Inject CampaignRepository campaigns;

  /** The notices made for the campaign on {@code today}, in a transaction of their own. */
  @Transactional
  public int tell(long campaignId, LocalDate today) {
    Campaign campaign = campaigns.find(campaignId).orElse(null);
    if (campaign == null) {
      return 0;
    }
    int made = 0;
    for (Phases.Milestone m : campaign.getPhases().milestones()) {
      long days = m.daysFrom(today);
      if (days < 0 || days > DAYS_AHEAD) {
        continue;
      }
      Notice.About about =
          new Notice.About(NoticeKind.PHASE_SOON, campaign, null, null, m.name(), m.date());
      for (String unit : campaign.responsibleUnitCodes()) {
        for (Account a : notices.workersOf(unit)) {
          if (!stored.toldOfDate(a.getUsername(), campaign.getId(), m.name(), m.date())) {
            notices.tell(a, about);
            made++;
          }
        }
      }
    }
    return made;
  }
}
