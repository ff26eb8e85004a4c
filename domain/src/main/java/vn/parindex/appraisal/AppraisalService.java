package vn.parindex.appraisal;

import static vn.parindex.assessment.CampaignLeaves.key;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.logging.Logger;
import vn.parindex.account.Role;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.assessment.CampaignLeaves;
import vn.parindex.assessment.LeafResolver;
import vn.parindex.assessment.LeafScore;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.evidence.EvidenceRepository;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.Method;
import vn.parindex.framework.NodeCode;
import vn.parindex.framework.Points;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.ranking.Bands;
import vn.parindex.ranking.Ranking;
import vn.parindex.ranking.Result;
import vn.parindex.ranking.ResultsJson;
import vn.parindex.ranking.SubjectPoints;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.TableFile;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * Appraisal of an INTERNAL campaign and its results: appraisers score the leaves of the fields
 * assigned to them in round 1, units explain what was asked, round 2 follows, the council finalises
 * (scores lock) and Sở Nội vụ publishes a frozen snapshot of the ranking.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class AppraisalService {
  private static final Logger LOG = Logger.getLogger(AppraisalService.class.getName());
  private static final String MINISTRY = "Bộ Nội vụ thẩm định";

  /**
   * One engine for the application's life: building one per publication is costly, and it is
   * thread-safe.
   */
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject AppraisalRepository appraisals;
  @Inject AssessmentRepository assessments;
  @Inject SurveyRepository surveys;
  @Inject EvidenceRepository evidence;
  @Inject LeafResolver leaves;
  @Inject CampaignLeaves table;
  @Inject CampaignService campaignService;
  @Inject Clock clock;

  public Appraisal appraise(
      long campaignId, String subjectCode, String nodeCode, AppraisalInput input) {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.resolve(campaignId, subjectCode, nodeCode);
    Campaign campaign = leaf.campaign();
    if (campaign.getKind() != CampaignKind.INTERNAL || leaf.node().getMethod() != Method.SELF) {
      throw new ConflictException("appraisal.notAppraised", nodeCode);
    }
    if (!CampaignAccess.mayAppraise(caller, leaf.leadUnitCode())) {
      LeafResolver.refuse(caller, "appraise " + subjectCode + "/" + nodeCode, campaignId);
    }
    int round = input.round() == null ? 0 : input.round();
    if (campaign.getStatus() != CampaignStatus.APPRAISAL || round != campaign.getAppraisalRound()) {
      throw new ConflictException("appraisal.closed", round);
    }
    if (!AppraisalRounds.sent(assessments.findSubmission(campaignId, subjectCode).orElse(null))) {
      throw new ConflictException("appraisal.subject.notSubmitted", subjectCode);
    }
    BigDecimal score = checked(input, leaf.node());
    Appraisal appraisal =
        find(campaignId, subjectCode, nodeCode, round)
            .orElseGet(
                () -> {
                  Appraisal created = new Appraisal(campaign, leaf.subject(), nodeCode, round);
                  appraisals.add(created);
                  return created;
                });
    if (input.version() != null && input.version() != appraisal.getVersion()) {
      throw new ConflictException("error.stale");
    }
    Instant now = clock.instant();
    String before = describe(appraisal.getScore(), appraisal.isNotApplicable());
    String after = describe(score, input.notApplicable());
    if (!Objects.equals(before, after)) {
      assessments.append(
          new AuditEntry(
              campaignId,
              subjectCode,
              nodeCode,
              "appraisal" + round,
              before,
              after,
              caller.username(),
              now,
              Text.nfc(input.comment())));
    }
    appraisal.set(
        score,
        Text.nfc(input.comment()),
        input.needsExplanation(),
        input.notApplicable(),
        caller.username(),
        now);
    assessments.flushOrConflict();
    return appraisal;
  }

  /** The subject unit answers what round 1 asked, while the explanation window is open. */
  public Explanation explain(long campaignId, String subjectCode, String nodeCode, String text) {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.resolve(campaignId, subjectCode, nodeCode);
    boolean ownUnit = caller.worksForUnit() && subjectCode.equals(caller.unitCode());
    if (!ownUnit && !caller.manages()) {
      LeafResolver.refuse(caller, "explain " + subjectCode + "/" + nodeCode, campaignId);
    }
    if (leaf.campaign().getStatus() != CampaignStatus.EXPLANATION) {
      throw new ConflictException("explanation.closed");
    }
    boolean asked =
        find(campaignId, subjectCode, nodeCode, 1).map(Appraisal::isNeedsExplanation).orElse(false);
    if (!asked) {
      throw new ConflictException("explanation.notAsked", nodeCode);
    }
    String answer = Text.nfc(text);
    if (answer == null || answer.length() > 4000) {
      throw InvalidInputException.of(Violation.ofField("text", "comment.text", 4000));
    }
    Explanation explanation =
        appraisals.explanations(campaignId).stream()
            .filter(e -> e.getNodeCode().equals(nodeCode) && e.getSubjectCode().equals(subjectCode))
            .findFirst()
            .orElseGet(
                () -> {
                  Explanation created = new Explanation(leaf.campaign(), leaf.subject(), nodeCode);
                  appraisals.add(created);
                  return created;
                });
    Instant now = clock.instant();
    assessments.append(
        new AuditEntry(
            campaignId,
            subjectCode,
            nodeCode,
            "explanation",
            explanation.getText(),
            answer,
            caller.username(),
            now,
            null));
    explanation.set(answer, caller.username(), now);
    return explanation;
  }

  /**
   * The appraisal sheet as the caller may see it: everything for Sở Nội vụ and viewers, the fields
   * it appraises for an appraiser, its own assessment for a unit.
   */
  public List<AppraisalRow> sheet(long campaignId) {
    CampaignAccess.Caller caller = campaignService.caller();
    Campaign campaign = leaves.campaign(campaignId);
    boolean appraiser = caller.roles().contains(Role.APPRAISER);
    if (!caller.seesEverything() && !appraiser && !caller.worksForUnit()) {
      LeafResolver.refuse(caller, "read the appraisal sheet", campaignId);
    }
    Map<String, Appraisal> byRound = new HashMap<>();
    appraisals
        .appraisals(campaignId)
        .forEach(
            a ->
                byRound.put(
                    key(a.getSubject().getCode(), a.getNodeCode()) + "#" + a.getRound(), a));
    Map<String, Explanation> explanations = new HashMap<>();
    appraisals
        .explanations(campaignId)
        .forEach(e -> explanations.put(key(e.getSubjectCode(), e.getNodeCode()), e));
    Predicate<LeafResolver.Leaf> visible =
        leaf ->
            caller.seesEverything()
                || (appraiser && CampaignAccess.mayAppraise(caller, leaf.leadUnitCode()))
                || (caller.worksForUnit() && leaf.subject().getCode().equals(caller.unitCode()));
    List<AppraisalRow> rows = new ArrayList<>();
    for (WorkspaceLeaf leaf : table.read(campaign, visible)) {
      String key = key(leaf.getSubject().getCode(), leaf.getCode());
      rows.add(
          new AppraisalRow(
              leaf.getSubject(),
              leaf.getNode(),
              leaf.getLeadUnitCode(),
              leaf.getSelfScore(),
              leaf.getScore() == null ? null : leaf.getScore().getOverrideReason(),
              leaf.getEvidenceCount(),
              byRound.get(key + "#1"),
              byRound.get(key + "#2"),
              explanations.get(key)));
    }
    return rows;
  }

  /**
   * The Ministry's appraised points of the province's leaves (PROVINCIAL campaigns), from its table
   * (CSV or XLSX, {@code node_code,points}): stored as the appraisal of the province, replacing an
   * earlier load, each change in the leaf's trail. A table with a wrong row saves nothing.
   */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public SurveyService.Imported importMinistry(long campaignId, byte[] content) {
    Campaign campaign = leaves.campaign(campaignId);
    if (campaign.getKind() != CampaignKind.PROVINCIAL || campaign.isDraft()) {
      throw new ConflictException("ministry.provincialOnly");
    }
    Map<String, BigDecimal> selfLeaves = new HashMap<>();
    campaign.selfLeaves().forEach(n -> selfLeaves.put(n.getCode(), n.getMaxScore()));
    List<MinistryTable.Row> rows = MinistryTable.parse(TableFile.records(content), selfLeaves);
    OrganisationUnit province = campaign.getSubjects().get(0);
    String by = campaignService.caller().username();
    Instant now = clock.instant();
    int added = 0;
    for (MinistryTable.Row row : rows) {
      Optional<Appraisal> known = find(campaignId, province.getCode(), row.nodeCode(), 1);
      Appraisal appraisal =
          known.orElseGet(() -> new Appraisal(campaign, province, row.nodeCode(), 1));
      if (known.isEmpty()) {
        appraisals.add(appraisal);
        added++;
      }
      String before = describe(appraisal.getScore(), false);
      String after = describe(row.points(), false);
      if (!Objects.equals(before, after)) {
        assessments.append(
            new AuditEntry(
                campaignId,
                province.getCode(),
                row.nodeCode(),
                "ministry",
                before,
                after,
                by,
                now,
                null));
      }
      appraisal.set(row.points(), MINISTRY, false, false, by, now);
    }
    return new SurveyService.Imported(added, rows.size() - added);
  }

  /**
   * Self-score against the Ministry's points, per leaf and per lead unit, with each leaf's
   * differences in the campaigns this one was cloned from.
   */
  public Comparison comparison(long campaignId) {
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

  /** The Ministry's points by leaf, loaded as round-1 appraisals of the province. */
  private Map<String, BigDecimal> ministryPoints(long campaignId) {
    Map<String, BigDecimal> ministry = new HashMap<>();
    appraisals.appraisals(campaignId).stream()
        .filter(a -> a.getRound() == 1 && a.getScore() != null)
        .forEach(a -> ministry.put(a.getNodeCode(), a.getScore()));
    return ministry;
  }

  /** Bonus and penalty points of a subject, held to the campaign's caps when results are made. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public Adjustment adjust(
      long campaignId, String subjectCode, BigDecimal bonus, BigDecimal penalty, String reason) {
    Campaign campaign = leaves.campaign(campaignId);
    if (campaign.getStatus() != CampaignStatus.APPRAISAL) {
      throw new ConflictException("appraisal.closed", campaign.getAppraisalRound());
    }
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
    adjustment.set(bonus, penalty, Text.nfc(reason));
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
   * The results as JSON: as they stand now for Sở Nội vụ and appraisers while the work goes on; for
   * everyone else the latest published version, frozen, and nothing before publication.
   */
  public String resultsJson(long campaignId) {
    CampaignAccess.Caller caller = campaignService.caller();
    Campaign campaign = leaves.campaign(campaignId);
    if (caller.manages() || caller.roles().contains(Role.APPRAISER)) {
      return json(results(campaign));
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
    if (caller.manages() || caller.roles().contains(Role.APPRAISER)) {
      return new Visible(results(campaign), published.orElse(null));
    }
    return published
        .map(p -> new Visible(ResultsJson.read(p.getResults()), p))
        .orElseGet(() -> new Visible(List.of(), null));
  }

  /**
   * A unit's index in this campaign and the ones it was cloned from, oldest first, as the caller
   * may see them (published results only, for those who do not run the appraisal).
   */
  public List<YearIndex> history(long campaignId, String unitCode) {
    List<YearIndex> years = new ArrayList<>();
    for (Campaign c = leaves.campaign(campaignId); c != null; c = c.getPrevious()) {
      int year = c.getYear();
      visibleResults(c.getId()).results().stream()
          .filter(r -> r.unitCode().equals(unitCode))
          .findFirst()
          .ifPresent(r -> years.add(0, new YearIndex(year, r.index())));
    }
    return years;
  }

  /** A unit's index in one year. */
  public record YearIndex(int year, BigDecimal index) {}

  private static String json(List<Result> results) {
    return JSON.toJson(results);
  }

  private List<Result> results(Campaign campaign) {
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
        && !caller.roles().contains(Role.APPRAISER)
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
              adjustment == null ? null : adjustment.getPenalty()));
    }
    return subjects;
  }

  private Optional<Appraisal> find(
      long campaignId, String subjectCode, String nodeCode, int round) {
    return appraisals.appraisals(campaignId).stream()
        .filter(
            a ->
                a.getRound() == round
                    && a.getNodeCode().equals(nodeCode)
                    && a.getSubject().getCode().equals(subjectCode))
        .findFirst();
  }

  private static BigDecimal checked(AppraisalInput input, FrameworkNode node) {
    if (input.notApplicable()) {
      if (Text.nfc(input.comment()) == null) {
        throw InvalidInputException.of(Violation.ofField("comment", "appraisal.naReason"));
      }
      return null;
    }
    BigDecimal score = input.score();
    if (score == null
        || score.signum() < 0
        || score.compareTo(node.getMaxScore()) > 0
        || score.stripTrailingZeros().scale() > Points.SCALE) {
      throw InvalidInputException.of(
          Violation.ofField(
              "score", "appraisal.score.range", Points.vietnamese(node.getMaxScore())));
    }
    return Points.of(score);
  }

  private static String describe(BigDecimal score, boolean notApplicable) {
    if (notApplicable) {
      return "N/A";
    }
    return score == null ? null : score.stripTrailingZeros().toPlainString();
  }
}
