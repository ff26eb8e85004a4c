package vn.parindex.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.parindex.campaign.Campaign;
import vn.parindex.evidence.EvidenceLink;
import vn.parindex.evidence.EvidenceRepository;

/**
 * The leaves of a campaign with what was entered on them, read in one pass: the leaves resolved
 * once ({@link LeafResolver#all}), then the scores, last year's scores and the evidence counts,
 * each in one query. The workspace, the consolidation, the progress report and the appraisal sheet
 * all read through it; each decides which leaves its caller may see.
 */
@ApplicationScoped
public class CampaignLeaves {
  @Inject LeafResolver leaves;
  @Inject AssessmentRepository assessments;
  @Inject EvidenceRepository evidence;

  public List<WorkspaceLeaf> read(Campaign campaign, Predicate<LeafResolver.Leaf> wanted) {
    Map<String, LeafScore> scores = scoresByKey(campaign.getId());
    Map<String, LeafScore> previous =
        campaign.getPrevious() == null ? Map.of() : scoresByKey(campaign.getPrevious().getId());
    Map<String, Long> evidenceCounts =
        evidence.activeLinks(campaign.getId()).stream()
            .collect(
                Collectors.groupingBy(
                    (EvidenceLink l) -> key(l.getSubject().getCode(), l.getNodeCode()),
                    Collectors.counting()));
    List<WorkspaceLeaf> rows = new ArrayList<>();
    for (LeafResolver.Leaf leaf : leaves.all(campaign)) {
      if (wanted.test(leaf)) {
        String key = key(leaf.subject().getCode(), leaf.node().getCode());
        LeafScore last = previous.get(key);
        rows.add(
            new WorkspaceLeaf(
                leaf,
                scores.get(key),
                evidenceCounts.getOrDefault(key, 0L).intValue(),
                last == null ? null : last.getSelfScore()));
      }
    }
    return rows;
  }

  private Map<String, LeafScore> scoresByKey(long campaignId) {
    return assessments.scores(campaignId).stream()
        .collect(
            Collectors.toMap(
                s -> key(s.getSubject().getCode(), s.getNodeCode()), Function.identity()));
  }

  /** A subject's leaf as the maps of a campaign key it. */
  public static String key(String subjectCode, String nodeCode) {
    return subjectCode + "/" + nodeCode;
  }
}
