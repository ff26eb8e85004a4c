package vn.parindex.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import vn.parindex.campaign.Campaign;
import vn.parindex.shared.KeptPerChange;

/**
 * The sums over every score of a campaign that Sở Nội vụ's pages show on every view (the totals of
 * the consolidation, each unit's count of scored leaves on the home page and the consolidation),
 * summed by the database once per change rather than once per view: at 400 units × 150 leaves each
 * sum reads 60,000 rows (25–30 ms with statistics, the load benchmark), the only part of those
 * pages that grew with the units. A self-score and a risk flag change only through a save that
 * appends to the campaign's audit chain, and the subjects only with the campaign's version, so the
 * two together stamp what the sums were computed from.
 */
@ApplicationScoped
public class CampaignSums {
  private record Stamp(long version, long auditSeq) {}

  @Inject AssessmentRepository assessments;

  private final KeptPerChange<Long, Stamp, List<NodeTally>> tallies = new KeptPerChange<>();
  private final KeptPerChange<Long, Stamp, Map<String, Long>> scored = new KeptPerChange<>();

  /** Per leaf of the framework: the self-scores' sum and the at-risk flags over every subject. */
  public List<NodeTally> tallies(Campaign campaign) {
    long id = campaign.getId();
    return tallies.get(id, stamp(campaign), () -> List.copyOf(assessments.tallies(id)));
  }

  /** Per subject: how many of its leaves have a self-score. */
  public Map<String, Long> scoredPerSubject(Campaign campaign) {
    long id = campaign.getId();
    return scored.get(id, stamp(campaign), () -> Map.copyOf(assessments.scoredPerSubject(id)));
  }

  private Stamp stamp(Campaign campaign) {
    return new Stamp(campaign.getVersion(), assessments.auditHead(campaign.getId()).seq());
  }
}
