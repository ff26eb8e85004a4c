package vn.parindex.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.GridPage;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.NodeCode;
import vn.parindex.shared.PageRequest;
import vn.parindex.shared.ResultPage;
import vn.parindex.shared.Roles;

/**
 * Sở Nội vụ's consolidation a page at a time: the leaves of a few subjects, read for those subjects
 * only, and the totals over all of them summed by the database once per change ({@link
 * CampaignSums}), read with the campaign and the units' progress in one transaction. A campaign of
 * 400 units × 150 leaves is 60,000 leaves; the page shows a hundred and must not read the rest.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class Consolidation {
  @Inject LeafResolver leaves;
  @Inject CampaignLeaves table;
  @Inject CampaignSums sums;
  @Inject CampaignService campaignService;

  /**
   * The page {@code request} asks for of the leaves in the consolidation's order (subject by
   * subject, the framework's order within each), of the leaves led by {@code lead} when it is
   * given, of those holding the request's words when there are any ({@link GridPage}).
   */
  public ResultPage<WorkspaceLeaf> page(long campaignId, PageRequest request, String lead) {
    Campaign campaign = readable(campaignId);
    Map<String, String> leads = campaign.leadsByNode();
    GridPage grid =
        GridPage.of(
            campaign.getSubjects(),
            campaign.selfLeaves(),
            (subject, node) -> lead == null || lead.equals(leads.get(node.getCode())),
            request);
    if (grid.subjects().isEmpty()) {
      return new ResultPage<>(List.of(), grid.total());
    }
    return new ResultPage<>(
        table.read(campaign, grid.subjects(), grid.nodes()).stream()
            .filter(l -> grid.holds(l.getSubject().getCode(), l.getCode()))
            .toList(),
        grid.total());
  }

  /** What the page shows above its leaves, read together: the campaign once, not per part. */
  public record Overview(
      Campaign campaign, ConsolidationTotals totals, List<ProgressRow> submissions) {}

  /**
   * The campaign, its totals and every responsible unit's progress (also a unit that has not
   * started: a unit left out is a unit forgotten), in one transaction.
   */
  public Overview overview(long campaignId) {
    Campaign campaign = readable(campaignId);
    return new Overview(campaign, totals(campaign), table.progress(campaign));
  }

  /** The self total and the sums by field and by lead unit, over every subject. */
  private ConsolidationTotals totals(Campaign campaign) {
    Map<String, NodeTally> tallies =
        sums.tallies(campaign).stream()
            .collect(Collectors.toMap(NodeTally::nodeCode, Function.identity()));
    Map<String, String> leads = campaign.leadsByNode();
    BigDecimal subjects = BigDecimal.valueOf(campaign.getSubjects().size());
    Map<String, ConsolidationTotals.Sum> byField = new TreeMap<>(NodeCode.ORDER);
    Map<String, ConsolidationTotals.Sum> byLead = new TreeMap<>();
    BigDecimal self = BigDecimal.ZERO;
    for (FrameworkNode node : campaign.selfLeaves()) {
      NodeTally t =
          tallies.getOrDefault(
              node.getCode(), new NodeTally(node.getCode(), BigDecimal.ZERO, 0, BigDecimal.ZERO));
      BigDecimal max = node.getMaxScore().multiply(subjects);
      BigDecimal atRisk = t.pointsAtRisk(node.getMaxScore());
      add(byField, NodeCode.fieldOf(node.getCode()), t.selfSum(), max, atRisk);
      add(byLead, leads.getOrDefault(node.getCode(), "—"), t.selfSum(), max, atRisk);
      self = self.add(t.selfSum());
    }
    return new ConsolidationTotals(
        self, List.copyOf(byField.values()), List.copyOf(byLead.values()));
  }

  private static void add(
      Map<String, ConsolidationTotals.Sum> sums,
      String key,
      BigDecimal self,
      BigDecimal max,
      BigDecimal atRisk) {
    sums.merge(
        key,
        ConsolidationTotals.Sum.empty(key).plus(self, max, atRisk),
        (a, b) -> a.plus(self, max, atRisk));
  }

  /** The campaign, for Sở Nội vụ: one that does not exist is not found, whoever asks. */
  private Campaign readable(long campaignId) {
    Campaign campaign = leaves.campaign(campaignId);
    CampaignAccess.Caller caller = campaignService.caller();
    if (!caller.seesEverything()) {
      LeafResolver.refuse(caller, "read the consolidation", campaignId);
    }
    return campaign;
  }
}
