package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.LeafResolver;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.Roles;

/**
 * The Ministry's side of a PROVINCIAL campaign: its appraised points loaded from its table, and the
 * province's self-score held against them, leaf by leaf, lead unit by lead unit and year by year.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class MinistryComparison {
  @Inject AppraisalRepository appraisals;
  @Inject AssessmentRepository assessments;
  @Inject LeafResolver leaves;
  @Inject CampaignService campaignService;
  @Inject MinistryPoints points;

  /**
   * The Ministry's appraised points of the province's leaves (PROVINCIAL campaigns), from its table
   * (CSV or XLSX, {@code node_code,points}): stored as the appraisal of the province, replacing an
   * earlier load, each change in the leaf's trail. A table with a wrong row saves nothing.
   */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public SurveyService.Imported importMinistry(long campaignId, byte[] content) {
    Campaign campaign = leaves.campaign(campaignId);
    // Once the lead units explain the cuts, the points they answer must not move under them.
    boolean beforeExplanation =
        campaign.getStatus() == CampaignStatus.OPEN
            || campaign.getStatus() == CampaignStatus.APPRAISAL
                && campaign.getAppraisalRound() == 1;
    if (campaign.getKind() != CampaignKind.PROVINCIAL) {
      throw new ConflictException("ministry.provincialOnly");
    }
    if (!beforeExplanation) {
      throw new ConflictException("ministry.appraisalClosed");
    }
    return points.load(campaign, content, 1);
  }

  /**
   * Self-score against the Ministry's points, per leaf and per lead unit, with each leaf's
   * differences in the campaigns this one was cloned from.
   */
  public Comparison comparison(long campaignId) {
    // Every lead unit's self-scores against the Ministry's: for Sở Nội vụ and viewers, not units.
    CampaignAccess.Caller caller = campaignService.caller();
    if (!caller.seesEverything()) {
      LeafResolver.refuse(caller, "read the comparison with the Ministry", campaignId);
    }
    Campaign campaign = leaves.campaign(campaignId);
    if (campaign.getKind() != CampaignKind.PROVINCIAL) {
      throw new ConflictException("ministry.provincialOnly");
    }
    Map<String, Map<Integer, BigDecimal>> history = new HashMap<>();
    for (Campaign c = campaign.getPrevious(); c != null; c = c.getPrevious()) {
      int year = c.getYear();
      differences(c)
          .forEach((node, d) -> history.computeIfAbsent(node, n -> new TreeMap<>()).put(year, d));
    }
    Map<String, BigDecimal> self = provinceSelfScores(campaignId);
    Map<String, BigDecimal> ministry = ministryPoints(campaignId);
    List<Comparison.Node> nodes = new ArrayList<>();
    Map<String, BigDecimal[]> leads = new TreeMap<>();
    // A PROVINCIAL campaign has one subject, the province.
    for (LeafResolver.Leaf leaf : leaves.all(campaign)) {
      FrameworkNode node = leaf.node();
      String lead = leaf.leadUnitCode();
      BigDecimal own = self.get(node.getCode());
      BigDecimal appraised = ministry.get(node.getCode());
      nodes.add(
          new Comparison.Node(
              node.getCode(),
              node.getNameVi(),
              lead,
              own,
              appraised,
              own == null || appraised == null ? null : appraised.subtract(own),
              history.getOrDefault(node.getCode(), Map.of()).entrySet().stream()
                  .map(e -> new Comparison.YearDifference(e.getKey(), e.getValue()))
                  .toList()));
      if (own != null && appraised != null) {
        // Only leaves both scored and appraised: a leaf the Ministry has not appraised yet is
        // not a difference.
        BigDecimal[] sums =
            leads.computeIfAbsent(
                lead == null ? "—" : lead,
                l -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sums[0] = sums[0].add(own);
        sums[1] = sums[1].add(appraised);
      }
    }
    return new Comparison(
        nodes,
        leads.entrySet().stream()
            .map(
                e ->
                    new Comparison.Lead(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[1].subtract(e.getValue()[0])))
            .toList());
  }

  /** Ministry points − self-score per leaf the Ministry appraised and the province scored. */
  private Map<String, BigDecimal> differences(Campaign campaign) {
    Map<String, BigDecimal> self = provinceSelfScores(campaign.getId());
    Map<String, BigDecimal> differences = new HashMap<>();
    ministryPoints(campaign.getId())
        .forEach(
            (node, points) -> {
              if (self.containsKey(node)) {
                differences.put(node, points.subtract(self.get(node)));
              }
            });
    return differences;
  }

  /** The province's self-scores by leaf (a PROVINCIAL campaign has one subject). */
  private Map<String, BigDecimal> provinceSelfScores(long campaignId) {
    Map<String, BigDecimal> self = new HashMap<>();
    assessments.scores(campaignId).stream()
        .filter(sc -> sc.getSelfScore() != null)
        .forEach(sc -> self.put(sc.getNodeCode(), sc.getSelfScore()));
    return self;
  }

  /**
   * The Ministry's points by leaf: its final points where it gave them after the province's
   * explanation, else its appraisal — what the province is held to, year against year.
   */
  private Map<String, BigDecimal> ministryPoints(long campaignId) {
    return MinistryPoints.latest(appraisals.appraisals(campaignId));
  }
}
