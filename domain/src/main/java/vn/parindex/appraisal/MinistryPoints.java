package vn.parindex.appraisal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignService;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.shared.adapter.TableFile;

/**
 * The Ministry's points of the province's leaves, kept as the province's appraisals: round 1 its
 * appraisal, round 2 its final points after the province's explanation. Callers check who may and
 * when; this only stores, each change in the leaf's trail.
 */
@Dependent
class MinistryPoints {
  private static final String MINISTRY = "Bộ Nội vụ thẩm định";

  @Inject AppraisalRepository appraisals;
  @Inject AssessmentRepository assessments;
  @Inject CampaignService campaignService;
  @Inject Clock clock;

  /** A table ({@code node_code,points}, CSV or XLSX) of one round: a wrong row saves nothing. */
  SurveyService.Imported load(Campaign campaign, byte[] content, int round) {
    Map<String, BigDecimal> selfLeaves = new HashMap<>();
    campaign.selfLeaves().forEach(n -> selfLeaves.put(n.getCode(), n.getMaxScore()));
    List<MinistryTable.Row> rows = MinistryTable.parse(TableFile.records(content), selfLeaves);
    int added = 0;
    for (MinistryTable.Row row : rows) {
      if (store(campaign, row.nodeCode(), row.points(), round)) {
        added++;
      }
    }
    return new SurveyService.Imported(added, rows.size() - added);
  }

  /** One leaf's points in one round, checked by the caller. */
  Appraisal record(Campaign campaign, String nodeCode, BigDecimal points, int round) {
    store(campaign, nodeCode, points, round);
    return appraisals
        .find(campaign.getId(), province(campaign).getCode(), nodeCode, round)
        .orElseThrow();
  }

  /** Whether the leaf had no points in this round before. */
  private boolean store(Campaign campaign, String nodeCode, BigDecimal points, int round) {
    OrganisationUnit province = province(campaign);
    Optional<Appraisal> known =
        appraisals.find(campaign.getId(), province.getCode(), nodeCode, round);
    Appraisal appraisal = known.orElseGet(() -> new Appraisal(campaign, province, nodeCode, round));
    if (known.isEmpty()) {
      appraisals.add(appraisal);
    }
    String by = campaignService.caller().username();
    Instant now = clock.instant();
    String before = Appraisal.describe(appraisal.getScore(), false);
    String after = Appraisal.describe(points, false);
    if (!Objects.equals(before, after)) {
      assessments.append(
          new AuditEntry(
              campaign.getId(),
              province.getCode(),
              nodeCode,
              round == 1 ? "ministry" : "ministryFinal",
              before,
              after,
              by,
              now,
              null));
    }
    appraisal.set(points, MINISTRY, false, false, by, now);
    return known.isEmpty();
  }

  /** A PROVINCIAL campaign has one subject, the province. */
  static OrganisationUnit province(Campaign campaign) {
    return campaign.getSubjects().get(0);
  }

  /** The points of one round by leaf. */
  static Map<String, Appraisal> round(List<Appraisal> appraisals, int round) {
    Map<String, Appraisal> byNode = new HashMap<>();
    appraisals.stream()
        .filter(a -> a.getRound() == round && a.getScore() != null)
        .forEach(a -> byNode.put(a.getNodeCode(), a));
    return byNode;
  }

  /** The Ministry's last word by leaf: its final points where given, else its appraisal. */
  static Map<String, BigDecimal> latest(List<Appraisal> appraisals) {
    Map<String, BigDecimal> points = new HashMap<>();
    round(appraisals, 1).forEach((node, a) -> points.put(node, a.getScore()));
    round(appraisals, 2).forEach((node, a) -> points.put(node, a.getScore()));
    return points;
  }
}
