package vn.parindex.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.shared.ForbiddenException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;

/** Whoever writes a plan reminds the lead units of its overdue tasks when they choose. */
@Stateless
@RolesAllowed(Roles.USER)
public class PlanReminders {
  @Inject PlanRepository repository;
  @Inject OverdueLetters letters;
  @Inject CampaignService campaignService;

  /** One reminder per lead unit with a task overdue today; none when nothing is overdue. */
  public List<PlanReminder> remindOverdue(long planId) {
    CampaignAccess.Caller caller = campaignService.caller();
    Plan plan =
        repository
            .plan(planId)
            .orElseThrow(() -> new NotFoundException("plan.notFound", String.valueOf(planId)));
    if (!PlanAccess.mayWrite(caller, plan)) {
      throw new ForbiddenException();
    }
    return letters.send(plan, caller.username());
  }
}
