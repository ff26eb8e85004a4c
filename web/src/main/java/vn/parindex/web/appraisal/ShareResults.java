package vn.parindex.web.appraisal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.parindex.appraisal.OpenResults;
import vn.parindex.campaign.Campaign;
import vn.parindex.web.shell.FacesMessages;

/**
 * The results page's switch that opens a campaign's published results to everyone (the public page
 * and the open data) or closes them again: Sở Nội vụ's.
 */
@Named
@RequestScoped
public class ShareResults {
  @Inject OpenResults open;
  @Inject ResultsView page;
  @Inject FacesMessages messages;

  public String toggle() {
    Campaign campaign = open.open(page.getId(), !page.getCampaign().isOpenResults());
    messages.flashInfo(campaign.isOpenResults() ? "results.opened" : "results.closed");
    return "/app/campaigns/results?faces-redirect=true&id=" + page.getId();
  }
}
