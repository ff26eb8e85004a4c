package vn.parindex.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import vn.parindex.account.Account;
import vn.parindex.campaign.Assignments;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.Phases;
import vn.parindex.organisation.OrganisationUnit;

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
      long days = ChronoUnit.DAYS.between(today, m.date());
      if (days < 0 || days > DAYS_AHEAD) {
        continue;
      }
      Notice.About about =
          new Notice.About(NoticeKind.PHASE_SOON, campaign, null, null, m.name(), m.date());
      for (String unit : units(campaign)) {
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

  /** The units that work in the campaign: its subjects (INTERNAL) or its lead units. */
  private static Set<String> units(Campaign campaign) {
    Set<String> units = new TreeSet<>();
    if (campaign.getKind() == CampaignKind.INTERNAL) {
      campaign.getSubjects().stream().map(OrganisationUnit::getCode).forEach(units::add);
    } else {
      campaign.assignments().assignments().stream()
          .map(Assignments.Assignment::leadUnitCode)
          .forEach(units::add);
    }
    return units;
  }
}
