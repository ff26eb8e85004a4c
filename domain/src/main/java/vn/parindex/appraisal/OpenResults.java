package vn.parindex.appraisal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.CampaignService;
import vn.parindex.ranking.Result;
import vn.parindex.ranking.adapter.ResultsJson;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;

/**
 * The published results that anyone may read, without signing in, as the dispatch asks units to
 * publicise the index and its results: only campaigns Sở Nội vụ has opened, only versions that were
 * published, each version as it was frozen (a later correction never rewrites an earlier one), with
 * what it changed against the version before. A campaign not opened is "not found" to the public,
 * whether it exists or not.
 */
@Stateless
public class OpenResults {
  private static final Logger LOG = Logger.getLogger(OpenResults.class.getName());

  @Inject CampaignRepository campaigns;
  @Inject AppraisalRepository appraisals;
  @Inject UnitHistory history;
  @Inject CampaignService campaignService;

  /** One published version as the public reads it. */
  public record OpenVersion(
      Campaign campaign,
      Publication publication,
      List<Publication> versions,
      List<Result> results,
      List<VersionChange> changes,
      Map<String, String> names) {}

  /** Opens the campaign's published results to the public, or closes them again. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public Campaign open(long campaignId, boolean open) {
    Campaign campaign = campaign(campaignId);
    campaign.openResults(open);
    String by = campaignService.caller().username();
    LOG.info(() -> by + (open ? " opened" : " closed") + " the results of " + campaign.getName());
    return campaign;
  }

  /** Version {@code number} of the open campaign's results, the latest when null. */
  @PermitAll
  public OpenVersion read(long campaignId, Integer number) {
    Campaign campaign = campaign(campaignId);
    if (!campaign.isOpenResults()) {
      throw new NotFoundException("open.notFound", String.valueOf(campaignId));
    }
    return version(
        campaign, number, new NotFoundException("open.notFound", String.valueOf(campaignId)));
  }

  /**
   * The same for a signed-in reader, whether or not the campaign is open to the public: every
   * signed-in user reads the published results, so every published version too.
   */
  @RolesAllowed(Roles.USER)
  public OpenVersion published(long campaignId, Integer number) {
    Campaign campaign = campaign(campaignId);
    return version(
        campaign, number, new NotFoundException("results.notPublished", campaign.getName()));
  }

  /**
   * The published versions of a campaign for a signed-in reader, the first first; none yet: empty.
   */
  @RolesAllowed(Roles.USER)
  public List<Publication> versions(long campaignId) {
    return appraisals.publications(campaign(campaignId).getId());
  }

  private OpenVersion version(Campaign campaign, Integer number, NotFoundException none) {
    long campaignId = campaign.getId();
    List<Publication> versions = appraisals.publications(campaignId);
    if (versions.isEmpty()) {
      throw none;
    }
    int chosen = number == null ? versions.size() : number;
    if (chosen < 1 || chosen > versions.size()) {
      throw new NotFoundException("open.version.notFound", String.valueOf(number));
    }
    Publication publication = versions.get(chosen - 1);
    List<Result> results = ResultsJson.read(publication.getResults());
    List<VersionChange> changes =
        chosen == 1
            ? List.of()
            : VersionChange.between(
                ResultsJson.read(versions.get(chosen - 2).getResults()), results);
    return new OpenVersion(
        campaign, publication, versions, results, changes, history.namesIn(campaign.getYear()));
  }

  private Campaign campaign(long campaignId) {
    return campaigns
        .find(campaignId)
        .orElseThrow(() -> new NotFoundException("open.notFound", String.valueOf(campaignId)));
  }
}
