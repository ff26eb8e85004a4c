package vn.parindex.evidence;

import static vn.parindex.assessment.CampaignLeaves.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
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
  public Map<String, List<String>> documentNumbersPerLeaf(
      long campaignId, Collection<String> subjectCodes) {
    Map<String, List<String>> numbers = new LinkedHashMap<>();
    for (EvidenceLink link : evidence.activeLinks(campaignId, subjectCodes)) {
      EvidenceDocument document = link.getDocument();
      numbers
          .computeIfAbsent(
              key(link.getSubject().getCode(), link.getNodeCode()), k -> new ArrayList<>())
          .add(document.getNumber() != null ? document.getNumber() : document.getFileName());
    }
    return numbers;
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
