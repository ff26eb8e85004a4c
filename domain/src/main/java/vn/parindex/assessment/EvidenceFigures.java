package vn.parindex.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the assessment needs to know of the evidence behind its leaves, answered by the evidence
 * capability: evidence depends on the assessment (a document backs a leaf being scored), never the
 * other way round.
 */
public interface EvidenceFigures {
  /** Documents in force per leaf, keyed by {@link CampaignLeaves#key}. */
  Map<String, Long> documentsPerLeaf(long campaignId);

  /** The same for these subjects only. */
  Map<String, Long> documentsPerLeaf(long campaignId, Collection<String> subjectCodes);

  /**
   * The numbers of the documents in force per leaf of these subjects (a file's name where it has no
   * number), in the order attached, keyed by {@link CampaignLeaves#key}.
   */
  Map<String, List<String>> documentNumbersPerLeaf(
      long campaignId, Collection<String> subjectCodes);

  /** How many of each subject's leaves have evidence, by subject code. */
  Map<String, Long> leavesWithEvidencePerSubject(long campaignId);

  /** Requests for evidence each unit lets run overdue on {@code today}, by unit code. */
  Map<String, Long> overdueRequestsPerUnit(long campaignId, LocalDate today);
}
