package vn.parindex.appraisal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores appraisals, explanations, adjustments and publications. */
public interface AppraisalRepository {
  List<Appraisal> appraisals(long campaignId);

  /** The appraisals of these subjects only: a page of the appraisal sheet. */
  List<Appraisal> appraisals(long campaignId, Collection<String> subjectCodes);

  void add(Appraisal appraisal);

  /** Per subject, how many of {@code nodeCodes} were appraised in {@code round}. */
  Map<String, Long> appraisedPerSubject(long campaignId, int round, Collection<String> nodeCodes);

  List<Explanation> explanations(long campaignId);

  /** The explanations of these subjects only. */
  List<Explanation> explanations(long campaignId, Collection<String> subjectCodes);

  void add(Explanation explanation);

  List<Adjustment> adjustments(long campaignId);

  void add(Adjustment adjustment);

  Optional<Publication> latestPublication(long campaignId);

  /** Every published version of a campaign's results, the first first. */
  List<Publication> publications(long campaignId);

  void add(Publication publication);

  /** The appraisal of one leaf of one subject in one round, if made. */
  default Optional<Appraisal> find(
      long campaignId, String subjectCode, String nodeCode, int round) {
    return appraisals(campaignId).stream()
        .filter(
            a ->
                a.getRound() == round
                    && a.getNodeCode().equals(nodeCode)
                    && a.getSubject().getCode().equals(subjectCode))
        .findFirst();
  }
}
