package vn.parindex.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.Roles;

/** Sở Nội vụ chases the units that are behind, and reads whom it has chased. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class ReminderService {
  @Inject Reminders reminders;
  @Inject ReminderRepository stored;
  @Inject LeafResolver leaves;
  @Inject CampaignService campaignService;

  /** Reminds every unit that is behind now; refused (409) unless the campaign is open. */
  public List<Reminder> remindNow(long campaignId) {
    Campaign campaign = leaves.campaign(campaignId);
    if (campaign.getStatus() != CampaignStatus.OPEN) {
      throw new ConflictException("reminder.notOpen", campaign.getName());
    }
    return reminders.remind(campaignId, campaignService.caller().username(), false);
  }

  /** The campaign's reminders, newest first. */
  public List<Reminder> reminders(long campaignId) {
    return stored.reminders(leaves.campaign(campaignId).getId());
  }
}
