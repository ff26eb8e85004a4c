package vn.parindex.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.notice.Notice;
import vn.parindex.notice.NoticeKind;
import vn.parindex.notice.Notices;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * The self-assessment use cases on leaves: a unit's workspace, scoring a leaf, flagging it at risk,
 * the coordinator's return of a leaf, the leaf's thread and trail. The unit's workflow is {@link
 * SubmissionWorkflow}'s. Every change of a leaf is appended to the audit trail with its old and new
 * value.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class SelfAssessmentService {
  @Inject LeafResolver leaves;
  @Inject CampaignLeaves table;
  @Inject AssessmentRepository assessments;
  @Inject UnitRepository units;
  @Inject CampaignService campaignService;
  @Inject Clock clock;
  @Inject Notices notices;

  /**
   * The leaves {@code unitCode} must score in the campaign, with their scores, evidence counts,
   * last year's score and state, and whether the unit may still edit. Another unit's workspace is
   * refused unless the caller sees everything.
   */
  public Workspace workspace(long campaignId, String unitCode) {
    CampaignAccess.Caller caller = campaignService.caller();
    Campaign campaign = leaves.campaign(campaignId);
    if (!caller.seesEverything() && !unitCode.equals(caller.unitCode())) {
      LeafResolver.refuse(caller, "open the workspace of " + unitCode, campaignId);
    }
    OrganisationUnit unit =
        units
            .findByCode(unitCode)
            .orElseThrow(() -> new NotFoundException("unit.notFound", unitCode));
    List<WorkspaceLeaf> rows = rows(campaign, unitCode);
    Submission submission =
        rows.isEmpty()
            ? null
            : assessments
                .findSubmission(campaignId, unitCode)
                .orElseGet(() -> new Submission(campaign, unit));
    boolean editable =
        submission != null
            && submission.editable(LocalDate.now(clock))
            && CampaignAccess.maySelfScore(
                caller,
                campaign.getKind(),
                rows.get(0).getSubject().getCode(),
                rows.get(0).getLeadUnitCode());
    return new Workspace(campaign, unit, submission, editable, rows);
  }

  /**
   * The leaves a unit answers for. In an internal campaign they are its own, read for it alone: a
   * unit's workspace must not read the scores of the 399 others. In a provincial one they are the
   * province's leaves it leads.
   */
  private List<WorkspaceLeaf> rows(Campaign campaign, String unitCode) {
    if (campaign.getKind() != CampaignKind.PROVINCIAL) {
      return campaign.getSubjects().stream()
          .filter(s -> s.getCode().equals(unitCode))
          .findFirst()
          .map(s -> table.read(campaign, List.of(s), campaign.selfLeaves()))
          .orElse(List.of());
    }
    return table.read(
        campaign,
        leaf -> leaf.responsible() != null && leaf.responsible().getCode().equals(unitCode));
  }

  /**
   * Every SELF leaf of every subject with its lead unit, score, evidence count and state: the
   * coordinator's consolidation of the campaign.
   */
  public List<WorkspaceLeaf> consolidation(long campaignId) {
    CampaignAccess.Caller caller = campaignService.caller();
    if (!caller.seesEverything()) {
      LeafResolver.refuse(caller, "read the consolidation", campaignId);
    }
    return table.read(leaves.campaign(campaignId), leaf -> true);
  }

  /** Saves a leaf's input, self-score and explanation; see {@link SelfScoring} for the checks. */
  public ScoreResult score(long campaignId, String subjectCode, String nodeCode, ScoreInput input) {
    LeafEdit edit = edit(campaignId, subjectCode, nodeCode, input.version());
    SelfScoring.Outcome outcome = scoreInto(edit, input);
    edit.write();
    return new ScoreResult(edit.score(), outcome.ruleExplanation(), LeafState.SCORED);
  }

  /**
   * The leaf dialog's one save: the score with its explanation, then the risk flag, in one
   * transaction and one change of the leaf. Either is refused whole: a flag without a remedy leaves
   * the score unsaved too.
   */
  public ScoreResult save(
      long campaignId, String subjectCode, String nodeCode, ScoreInput input, RiskInput risk) {
    LeafEdit edit = edit(campaignId, subjectCode, nodeCode, input.version());
    SelfScoring.Outcome outcome = scoreInto(edit, input);
    flagInto(edit, risk);
    edit.write();
    return new ScoreResult(edit.score(), outcome.ruleExplanation(), LeafState.SCORED);
  }

  /** Flags a leaf as likely to lose points, with cause, remedy, who answers and by when. */
  public LeafScore flag(long campaignId, String subjectCode, String nodeCode, RiskInput input) {
    LeafEdit edit = edit(campaignId, subjectCode, nodeCode, input.version());
    flagInto(edit, input);
    edit.write();
    return edit.score();
  }

  /** The leaf the caller may score now, at the version it read. */
  private LeafEdit edit(long campaignId, String subjectCode, String nodeCode, Long version) {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.forScoring(caller, campaignId, subjectCode, nodeCode);
    leaves.ensureEditable(leaf);
    return new LeafEdit(assessments, leaf, current(leaf, version), caller, clock.instant());
  }

  private SelfScoring.Outcome scoreInto(LeafEdit edit, ScoreInput input) {
    String explanation = SelfScoring.explanation(input.explanation());
    LeafScore score = edit.score();
    FrameworkNode node = edit.node();
    SelfScoring.Outcome outcome =
        SelfScoring.evaluate(
            node.rule(),
            node.getMaxScore(),
            input.value(),
            input.selfScore(),
            input.overrideReason());
    String reason = Text.nfc(input.reason());
    edit.record("value", score.getValue(), outcome.value(), reason);
    edit.record("selfScore", score.getSelfScore(), outcome.selfScore(), reason);
    edit.record("explanation", score.getExplanation(), explanation, reason);
    edit.record("overrideReason", score.getOverrideReason(), outcome.overrideReason(), reason);
    score.score(outcome, explanation);
    score.touched(edit.username(), edit.at());
    return outcome;
  }

  private void flagInto(LeafEdit edit, RiskInput input) {
    String cause = Text.nfc(input.cause());
    String remedy = Text.nfc(input.remedy());
    if (input.atRisk()) {
      List<Violation> problems = new ArrayList<>();
      if (cause == null) {
        problems.add(Violation.ofField("riskCause", "assessment.risk.cause"));
      }
      if (remedy == null) {
        problems.add(Violation.ofField("remedy", "assessment.risk.remedy"));
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
    }
    LeafScore score = edit.score();
    String before =
        riskText(
            score.isAtRisk(),
            score.getRiskCause(),
            score.getRemedy(),
            score.getRiskOwner(),
            score.getRiskDue());
    String after = riskText(input.atRisk(), cause, remedy, Text.nfc(input.owner()), input.due());
    edit.record("risk", before, after, null);
    score.flag(input.atRisk(), cause, remedy, Text.nfc(input.owner()), input.due());
    score.touched(edit.username(), edit.at());
  }

  /** The coordinator sends one leaf back: it is marked returned and the unit's work reopens. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public LeafScore returnLeaf(
      long campaignId, String subjectCode, String nodeCode, String comment) {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.forScoring(caller, campaignId, subjectCode, nodeCode);
    Submission submission = leaves.submission(leaf.campaign(), leaf.responsible());
    String text = WorkflowComments.required(comment);
    Instant now = clock.instant();
    submission.sendBack(nodeCode, caller.username(), now, text);
    LeafScore score = stored(leaf).orElseGet(() -> created(leaf));
    LeafEdit edit = new LeafEdit(assessments, leaf, score, caller, now);
    edit.record("returned", String.valueOf(score.isReturned()), "true", text);
    score.sendBack(text);
    edit.write();
    String unit = leaf.responsible().getCode();
    notices.tellUnit(
        unit,
        new Notice.About(NoticeKind.LEAF_RETURNED, leaf.campaign(), unit, nodeCode, text, null));
    return score;
  }

  /** Every recorded change of a leaf, oldest first, for whoever may read the leaf. */
  public List<AuditEntry> trail(long campaignId, String subjectCode, String nodeCode) {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.resolve(campaignId, subjectCode, nodeCode);
    if (!CampaignAccess.mayRead(
        caller, leaf.campaign().getKind(), subjectCode, leaf.leadUnitCode())) {
      LeafResolver.refuse(caller, "read the trail of " + subjectCode + "/" + nodeCode, campaignId);
    }
    return assessments.trail(campaignId, subjectCode, nodeCode);
  }

  /** The thread of a leaf between its unit and the coordinator, oldest first. */
  public List<LeafComment> comments(long campaignId, String subjectCode, String nodeCode) {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.resolve(campaignId, subjectCode, nodeCode);
    if (!CampaignAccess.mayRead(
        caller, leaf.campaign().getKind(), subjectCode, leaf.leadUnitCode())) {
      LeafResolver.refuse(
          caller, "read the comments of " + subjectCode + "/" + nodeCode, campaignId);
    }
    return assessments.comments(campaignId, subjectCode, nodeCode);
  }

  /** Adds to a leaf's thread: its own unit or the coordinator, in any phase. */
  public LeafComment comment(long campaignId, String subjectCode, String nodeCode, String text) {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.forScoring(caller, campaignId, subjectCode, nodeCode);
    String body = Text.nfc(text);
    if (body == null || body.length() > 4000) {
      throw InvalidInputException.of(Violation.ofField("text", "comment.text", 4000));
    }
    LeafComment comment =
        new LeafComment(
            campaignId,
            subjectCode,
            leaf.node().getCode(),
            caller.username(),
            clock.instant(),
            body);
    assessments.add(comment);
    return comment;
  }

  /**
   * Each responsible unit's progress: focal pair, share scored and with evidence, submitted on time
   * or late, times returned, evidence requests it lets run overdue.
   */
  public List<ProgressRow> progress(long campaignId) {
    CampaignAccess.Caller caller = campaignService.caller();
    if (!caller.seesEverything()) {
      LeafResolver.refuse(caller, "read the progress report", campaignId);
    }
    return table.progress(leaves.campaign(campaignId));
  }

  /** Every responsible unit's submission, for the coordinator's overview. */
  public List<Submission> submissions(long campaignId) {
    return assessments.submissions(campaignId);
  }

  /**
   * The leaf's stored score at the version the caller read, or a new one for a first save. A change
   * of a stored score must say which version it was made on: without it two people saving at once
   * would each overwrite the other unseen.
   */
  private LeafScore current(LeafResolver.Leaf leaf, Long version) {
    Optional<LeafScore> stored = stored(leaf);
    if (stored.isEmpty()) {
      return created(leaf);
    }
    LeafScore score = stored.get();
    if (version == null) {
      throw InvalidInputException.of(
          Violation.ofField("version", "assessment.version.required", score.getVersion()));
    }
    if (version != score.getVersion()) {
      throw new ConflictException("error.stale");
    }
    return score;
  }

  private Optional<LeafScore> stored(LeafResolver.Leaf leaf) {
    return assessments.findScore(
        leaf.campaign().getId(), leaf.subject().getCode(), leaf.node().getCode());
  }

  private LeafScore created(LeafResolver.Leaf leaf) {
    LeafScore created = new LeafScore(leaf.campaign(), leaf.subject(), leaf.node().getCode());
    assessments.add(created);
    return created;
  }

  private static String riskText(
      boolean atRisk, String cause, String remedy, String owner, LocalDate due) {
    if (!atRisk) {
      return null;
    }
    return String.join(
        " | ",
        Objects.toString(cause, ""),
        Objects.toString(remedy, ""),
        Objects.toString(owner, ""),
        Objects.toString(due, ""));
  }
}
