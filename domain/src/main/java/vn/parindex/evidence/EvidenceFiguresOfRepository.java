package vn.parindex.evidence;

import static vn.parindex.assessment.CampaignLeaves.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.parindex.assessment.EvidenceFigures;

/** The assessment's evidence figures, counted from the stored links and requests. */
@ApplicationScoped
public class EvidenceFiguresOfRepository implements EvidenceFigures {
  @Inject EvidenceRepository evidence;

  @Override
  public Map<String, Long> documentsPerLeaf(long campaignId) {
    return perLeaf(evidence.activeLinks(campaignId));
  }

  @Override
  public Map<String, Long> documentsPerLeaf(long campaignId, Collection<String> subjectCodes) {
    return perLeaf(evidence.activeLinks(campaignId, subjectCodes));
  }

  @Override
  public Map<String, Long> leavesWithEvidencePerSubject(long campaignId) {
    return evidence.linkedLeavesPerSubject(campaignId);
  }

  private static Map<String, Long> perLeaf(List<EvidenceLink> links) {
    return links.stream()
        .collect(
            Collectors.groupingBy(
                (EvidenceLink l) -> key(l.getSubject().getCode(), l.getNodeCode()),
                Collectors.counting()));
  }

  @Override
  public Map<String, Long> overdueRequestsPerUnit(long campaignId, LocalDate today) {
    return evidence.requests(campaignId).stream()
        .filter(r -> r.overdue(today))
        .collect(Collectors.groupingBy(r -> r.getToUnit().getCode(), Collectors.counting()));
  }
}
