package vn.parindex.appraisal;

import static vn.parindex.assessment.CampaignLeaves.key;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.assessment.LeafResolver;
import vn.parindex.assessment.LeafScore;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.Method;
import vn.parindex.framework.NodeCode;
import vn.parindex.framework.Points;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.ranking.Bands;
import vn.parindex.ranking.Ranking;
import vn.parindex.ranking.Result;
import vn.parindex.ranking.SubjectPoints;
import vn.parindex.ranking.adapter.ResultsJson;
import vn.parindex.reorganisation.Lineage;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * The results of an INTERNAL campaign: bonus and penalty points, caps and bands, finalisation (the
 * scores lock), publication of a frozen snapshot of the ranking, and what each reader may see of
 * it.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class CampaignResults {
  private static final Logger LOG = Logger.getLogger(CampaignResults.class.getName());

  @Inject AppraisalRepository appraisals;
  @Inject AssessmentRepository assessments;
  @Inject SurveyRepository surveys;
  @Inject LeafResolver leaves;
  @Inject CampaignService campaignService;
  @Inject Clock clock;
  @Inject ResultsCache cache;
  @Inject UnitHistory unitHistory;

  /** Bonus and penalty points of a subject, held to the campaign's caps when results are made. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public Adjustment adjust(
      long campaignId, String subjectCode, BigDecimal bonus, BigDecimal penalty, String reason) {
    Campaign campaign = leaves.campaign(campaignId);
    if (campaign.getStatus() != CampaignStatus.APPRAISAL) {
      throw new ConflictException("appraisal.closed", campaign.getAppraisalRound());
    }
    CorrectResults.ensureReopened(campaign, subjectCode);
    List<Violation> problems = new ArrayList<>();
    if (bonus == null || bonus.signum() < 0 || bonus.scale() > Points.SCALE) {
      problems.add(Violation.ofField("bonus", "adjustment.value"));
    }
    if (penalty == null || penalty.signum() < 0 || penalty.scale() > Points.SCALE) {
      problems.add(Violation.ofField("penalty", "adjustment.value"));
    }
    OrganisationUnit subject =
        campaign.getSubjects().stream()
            .filter(u -> u.getCode().equals(subjectCode))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("assessment.subject.unknown", subjectCode));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Adjustment adjustment =
        appraisals.adjustments(campaignId).stream()
            .filter(a -> a.getSubject().getCode().equals(subjectCode))
            .findFirst()
            .orElseGet(
                () -> {
                  Adjustment created = new Adjustment(campaign, subject);
                  appraisals.add(created);
                  return created;
                });
    String before = Adjustment.describe(adjustment.getBonus(), adjustment.getPenalty());
    String after = Adjustment.describe(bonus, penalty);
    String why = Text.nfc(reason);
    if (!before.equals(after)) {
      // Points given or taken by Sở Nội vụ are part of the record like any score; appending also
      // moves the head the cached results are stamped with.
      assessments.append(
          new AuditEntry(
              campaignId,
              subjectCode,
              null,
              "adjustment",
              before,
              after,
              campaignService.caller().username(),
              clock.instant(),
              why));
    }
    adjustment.set(bonus, penalty, why);
    return adjustment;
  }

  /** Caps on bonus and penalty points and the classification bands of the campaign. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public Campaign resultSettings(
      long campaignId, BigDecimal bonusCap, BigDecimal penaltyCap, List<Bands.Band> bands) {
    Campaign campaign = leaves.campaign(campaignId);
    List<Violation> problems = new ArrayList<>();
    if (bonusCap != null && bonusCap.signum() < 0) {
      problems.add(Violation.ofField("bonusCap", "adjustment.value"));
    }
    if (penaltyCap != null && penaltyCap.signum() < 0) {
      problems.add(Violation.ofField("penaltyCap", "adjustment.value"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    campaign.setResultSettings(
        bonusCap, penaltyCap, bands == null || bands.isEmpty() ? Bands.DEFAULT : new Bands(bands));
    return campaign;
  }

  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public Campaign finalise(long campaignId) {
    Campaign campaign = leaves.campaign(campaignId);
    campaign.finalise();
    LOG.info(() -> "Campaign " + campaign.getName() + " finalised");
    return campaign;
  }

  /**
   * Freezes the results as they are now into a new published version. The first needs no reason; a
   * correction does, and the earlier version stays.
   */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public Publication publish(long campaignId, String reason) {
    Campaign campaign = leaves.campaign(campaignId);
    Optional<Publication> previous = appraisals.latestPublication(campaignId);
    String why = Text.nfc(reason);
    if (previous.isPresent() && why == null) {
      throw InvalidInputException.of(Violation.ofField("reason", "publication.reason"));
    }
    campaign.publish();
    String snapshot = json(results(campaign));
    Publication publication =
        new Publication(
            campaign,
            previous.map(p -> p.getNumber() + 1).orElse(1),
            clock.instant(),
            campaignService.caller().username(),
            why,
            snapshot);
    appraisals.add(publication);
    return publication;
  }

  /**
   * The results as JSON: as they stand now for Sở Nội vụ while the work goes on; for everyone else
   * (appraisers too, who see only their fields' leaves) the latest published version, frozen, and
   * nothing before publication.
   */
  public String resultsJson(long campaignId) {
    CampaignAccess.Caller caller = campaignService.caller();
    Campaign campaign = leaves.campaign(campaignId);
    if (caller.manages()) {
      return cache.json(campaignId, stamp(campaign), () -> computeWithPreviousRanks(campaign));
    }
    return appraisals
        .latestPublication(campaignId)
        .map(Publication::getResults)
        .orElseThrow(() -> new NotFoundException("results.notPublished", campaign.getName()));
  }

  /** What a page shows: the results it may see, and the publication they come from, if any. */
  public record Visible(List<Result> results, Publication publication) {}

  /** The same choice as {@link #resultsJson}, as results for the pages. */
  public Visible visibleResults(long campaignId) {
    CampaignAccess.Caller caller = campaignService.caller();
    Campaign campaign = leaves.campaign(campaignId);
    Optional<Publication> published = appraisals.latestPublication(campaignId);
    if (caller.manages()) {
      return new Visible(results(campaign), published.orElse(null));
    }
    return published
        .map(p -> new Visible(ResultsJson.read(p.getResults()), p))
        .orElseGet(() -> new Visible(List.of(), null));
  }

  /**
   * A unit's index in this campaign and the ones it was cloned from, oldest first, as the caller
   * may see them (published results only, for those who do not run the appraisal); through the
   * recorded merges and splits, the indexes of the units it came from too, each under its own code,
   * so a merged department's trend goes on in its successor.
   */
  public List<YearIndex> history(long campaignId, String unitCode) {
    Set<String> lineage = ancestry(unitCode, unitHistory.lineage());
    List<YearIndex> years = new ArrayList<>();
    for (Campaign c = leaves.campaign(campaignId); c != null; c = c.getPrevious()) {
      int year = c.getYear();
      List<YearIndex> ofYear =
          visibleResults(c.getId()).results().stream()
              .filter(r -> lineage.contains(r.unitCode()))
              .map(r -> new YearIndex(year, r.unitCode(), r.index()))
              .toList();
      years.addAll(0, ofYear);
    }
    return years;
  }

  /** The unit and every unit it came from, however many merges and splits back. */
  private static Set<String> ancestry(String unitCode, Lineage lineage) {
    Set<String> codes = new LinkedHashSet<>();
    Deque<String> next = new ArrayDeque<>(List.of(unitCode));
    while (!next.isEmpty()) {
      String code = next.pop();
      if (codes.add(code)) {
        next.addAll(lineage.predecessorsOf(code));
      }
    }
    return codes;
  }

  /** A unit's index in one year; another code than the one asked for is a predecessor's. */
  public record YearIndex(int year, String unitCode, BigDecimal index) implements Serializable {}

  private static String json(List<Result> results) {
    return ResultsJson.write(results);
  }

  private List<Result> results(Campaign campaign) {
    return cache.results(
        campaign.getId(), stamp(campaign), () -> computeWithPreviousRanks(campaign));
  }

  private ResultsCache.Stamp stamp(Campaign campaign) {
    Campaign previous = campaign.getPrevious();
    return new ResultsCache.Stamp(
        campaign.getVersion(),
        assessments.auditHead(campaign.getId()).seq(),
        previous == null ? -1 : previous.getVersion(),
        previous == null ? -1 : assessments.auditHead(previous.getId()).seq());
  }

  private List<Result> computeWithPreviousRanks(Campaign campaign) {
    Map<String, Integer> previousRanks = new HashMap<>();
    if (campaign.getPrevious() != null) {
      computeResults(campaign.getPrevious(), Map.of())
          .forEach(r -> previousRanks.put(r.unitCode(), r.rank()));
    }
    return computeResults(campaign, previousRanks);
  }

  private List<Result> computeResults(Campaign campaign, Map<String, Integer> previousRanks) {
    return Ranking.compute(
        subjectPoints(campaign),
        new Ranking.Caps(campaign.getBonusCap(), campaign.getPenaltyCap()),
        campaign.getBands(),
        previousRanks);
  }

  /**
   * What a unit obtained leaf by leaf, survey leaves included, as its results count it; for those
   * who may read its appraisal sheet.
   */
  public SubjectPoints points(long campaignId, String unitCode) {
    CampaignAccess.Caller caller = campaignService.caller();
    if (!caller.seesEverything()
        && !(caller.worksForUnit() && unitCode.equals(caller.unitCode()))) {
      LeafResolver.refuse(caller, "read the points of " + unitCode, campaignId);
    }
    return subjectPoints(leaves.campaign(campaignId)).stream()
        .filter(p -> p.unitCode().equals(unitCode))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("assessment.subject.unknown", unitCode));
  }

  /**
   * A leaf's final points: the latest round's appraisal, else the self-score; survey leaves take
   * the survey's points. The latest round also says whether the leaf applies to the unit.
   */
  private List<SubjectPoints> subjectPoints(Campaign campaign) {
    long id = campaign.getId();
    Map<String, Appraisal> latest = new HashMap<>();
    for (Appraisal a : appraisals.appraisals(id)) {
      latest.merge(
          key(a.getSubject().getCode(), a.getNodeCode()),
          a,
          (x, y) -> x.getRound() >= y.getRound() ? x : y);
    }
    Map<String, BigDecimal> self = new HashMap<>();
    for (LeafScore s : assessments.scores(id)) {
      if (s.getSelfScore() != null) {
        self.put(key(s.getSubject().getCode(), s.getNodeCode()), s.getSelfScore());
      }
    }
    Map<String, BigDecimal> survey = new HashMap<>();
    surveys
        .scores(id)
        .forEach(s -> survey.put(key(s.getSubject().getCode(), s.getNodeCode()), s.getPoints()));
    Map<String, Adjustment> adjustments = new HashMap<>();
    appraisals.adjustments(id).forEach(a -> adjustments.put(a.getSubject().getCode(), a));
    List<FrameworkNode> leafNodes =
        campaign.getFramework().getNodes().stream().filter(FrameworkNode::isLeaf).toList();
    List<SubjectPoints> subjects = new ArrayList<>();
    for (OrganisationUnit subject : campaign.getSubjects()) {
      List<SubjectPoints.Leaf> points = new ArrayList<>();
      for (FrameworkNode node : leafNodes) {
        String key = key(subject.getCode(), node.getCode());
        Appraisal appraisal = latest.get(key);
        boolean applicable = appraisal == null || !appraisal.isNotApplicable();
        BigDecimal got =
            node.getMethod() == Method.SURVEY
                ? survey.get(key)
                : appraisal != null && appraisal.getScore() != null
                    ? appraisal.getScore()
                    : self.get(key);
        points.add(
            new SubjectPoints.Leaf(
                node.getCode(),
                NodeCode.fieldOf(node.getCode()),
                node.getMaxScore(),
                got,
                applicable));
      }
      Adjustment adjustment = adjustments.get(subject.getCode());
      subjects.add(
          new SubjectPoints(
              subject.getCode(),
              subject.getKind(),
              points,
              adjustment == null ? null : adjustment.getBonus(),
              adjustment == null ? null : adjustment.totalPenalty()));
    }
    return subjects;
  }
}
