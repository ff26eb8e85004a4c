package vn.parindex.campaign;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;

/**
 * What Sở Nội vụ enters for the self-assessment report before it is generated: number, date,
 * signer, recipients and the free text of the difficulties and recommendations.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ReportDrafts {
  @Inject CampaignRepository campaigns;

  /** What was entered for the self-assessment report, or an empty draft. */
  @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.VIEWER})
  public ReportDraft reportDraft(long id) {
    exists(id);
    return campaigns.findDraft(id).orElseGet(() -> new ReportDraft(id));
  }

  /** Keeps the number, date, signer, recipients and free text of the self-assessment report. */
  public ReportDraft saveReportDraft(long id, ReportDraft entered) {
    exists(id);
    ReportDraft draft =
        campaigns
            .findDraft(id)
            .orElseGet(
                () -> {
                  ReportDraft created = new ReportDraft(id);
                  campaigns.add(created);
                  return created;
                });
    draft.set(
        entered.getNumber(),
        entered.getIssuedOn(),
        entered.getSignerTitle(),
        entered.getSignerName(),
        entered.getRecipients(),
        entered.getDifficulties(),
        entered.getRecommendations());
    return draft;
  }

  private void exists(long id) {
    if (campaigns.find(id).isEmpty()) {
      throw new NotFoundException("campaign.notFound", String.valueOf(id));
    }
  }
}
