package vn.parindex.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.parindex.account.Role;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * The self-assessment use cases: a unit's workspace, scoring a leaf, flagging it at risk, and the
 * workflow DRAFT → SUBMITTED → APPROVED with the coordinator's returns and reopenings. Every change
 * of a leaf is appended to the audit trail with its old and new value.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class SelfAssessmentService {
  private static final int COMMENT_MAX = 2000;

  @Inject LeafResolver leaves;
  @Inject CampaignLeaves table;
  @Inject AssessmentRepository assessments;
  @Inject UnitRepository units;
  @Inject CampaignService campaignService;
  @Inject Clock clock;

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
    List<WorkspaceLeaf> rows =
        table.read(
            campaign,
            leaf -> leaf.responsible() != null && leaf.responsible().getCode().equals(unitCode));
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
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.forScoring(caller, campaignId, subjectCode, nodeCode);
    leaves.ensureEditable(leaf);
    String explanation = Text.nfc(input.explanation());
    if (explanation != null && explanation.length() > 4000) {
      throw InvalidInputException.of(
          Violation.ofField("explanation", "assessment.explanation.tooLong", 4000));
    }
    SelfScoring.Outcome outcome =
        SelfScoring.evaluate(
            leaf.node().rule(),
            leaf.node().getMaxScore(),
            input.value(),
            input.selfScore(),
            input.overrideReason());
    LeafScore score = current(leaf, input.version());
    Instant now = clock.instant();
    String reason = Text.nfc(input.reason());
    audit(leaf, "value", score.getValue(), outcome.value(), caller, now, reason);
    audit(leaf, "selfScore", score.getSelfScore(), outcome.selfScore(), caller, now, reason);
    audit(leaf, "explanation", score.getExplanation(), explanation, caller, now, reason);
    audit(
        leaf,
        "overrideReason",
        score.getOverrideReason(),
        outcome.overrideReason(),
        caller,
        now,
        reason);
    score.score(outcome, explanation);
    score.touched(caller.username(), now);
    assessments.flushOrConflict();
    return new ScoreResult(score, outcome.ruleExplanation(), LeafState.SCORED);
  }

  /** Flags a leaf as likely to lose points, with cause, remedy, who answers and by when. */
  public LeafScore flag(long campaignId, String subjectCode, String nodeCode, RiskInput input) {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.forScoring(caller, campaignId, subjectCode, nodeCode);
    leaves.ensureEditable(leaf);
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
    LeafScore score = current(leaf, input.version());
    Instant now = clock.instant();
    String before =
        riskText(
            score.isAtRisk(),
            score.getRiskCause(),
            score.getRemedy(),
            score.getRiskOwner(),
            score.getRiskDue());
    String after = riskText(input.atRisk(), cause, remedy, Text.nfc(input.owner()), input.due());
    audit(leaf, "risk", before, after, caller, now, null);
    score.flag(input.atRisk(), cause, remedy, Text.nfc(input.owner()), input.due());
    score.touched(caller.username(), now);
    assessments.flushOrConflict();
    return score;
  }

  /**
   * The officer sends the unit's work. Every leaf must be scored, and a leaf with points but no
   * evidence must say why; each such leaf is listed.
   */
  public Submission submit(long campaignId, String subjectCode, String unit, String comment) {
    CampaignAccess.Caller caller = campaignService.caller();
    String unitCode = responsible(campaignId, subjectCode, unit, caller);
    Workspace workspace = workspaceFor(caller, campaignId, unitCode, false);
    List<Violation> problems = new ArrayList<>();
    for (WorkspaceLeaf leaf : workspace.leaves()) {
      LeafScore score = leaf.getScore();
      if (score == null || score.getSelfScore() == null) {
        problems.add(
            Violation.ofField(leaf.getCode(), "assessment.submit.unscored", leaf.getCode()));
      } else if (score.getSelfScore().signum() > 0
          && leaf.getEvidenceCount() == 0
          && score.getExplanation() == null) {
        problems.add(
            Violation.ofField(leaf.getCode(), "assessment.submit.noEvidence", leaf.getCode()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Submission submission = workspace.submission();
    if (!submission.editable(LocalDate.now(clock))
        && submission.getStatus() == SubmissionStatus.DRAFT) {
      throw new ConflictException("assessment.locked", unitCode);
    }
    submission.submit(caller.username(), clock.instant(), optional(comment));
    assessments.flushOrConflict();
    return submission;
  }

  /** The unit's leader signs off what the officer sent; it then goes to Sở Nội vụ. */
  public Submission approve(long campaignId, String subjectCode, String unit, String comment) {
    CampaignAccess.Caller caller = campaignService.caller();
    Submission submission = leadersWork(caller, campaignId, subjectCode, unit, "approve");
    submission.approve(caller.username(), clock.instant(), optional(comment));
    assessments.flushOrConflict();
    return submission;
  }

  /**
   * The unit's leader sends what the officer sent back to the officer, saying what to change:
   * inside the unit, so it does not count as a return by Sở Nội vụ.
   */
  public Submission returnToOfficer(
      long campaignId, String subjectCode, String unit, String comment) {
    CampaignAccess.Caller caller = campaignService.caller();
    Submission submission = leadersWork(caller, campaignId, subjectCode, unit, "return");
    submission.returnToOfficer(caller.username(), clock.instant(), required(comment));
    assessments.flushOrConflict();
    return submission;
  }

  private Submission leadersWork(
      CampaignAccess.Caller caller, long campaignId, String subjectCode, String unit, String step) {
    String unitCode = responsible(campaignId, subjectCode, unit, caller);
    boolean leader =
        caller.roles().contains(Role.UNIT_LEADER) && unitCode.equals(caller.unitCode());
    if (!leader && !caller.roles().contains(Role.ADMIN)) {
      LeafResolver.refuse(caller, step + " the work of " + unitCode, campaignId);
    }
    return workspaceFor(caller, campaignId, unitCode, true).submission();
  }

  /** The coordinator sends a unit's whole work back, with a comment. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public Submission returnUnit(long campaignId, String subjectCode, String unit, String comment) {
    CampaignAccess.Caller caller = campaignService.caller();
    String unitCode = responsible(campaignId, subjectCode, unit, caller);
    Submission submission = workspaceFor(caller, campaignId, unitCode, true).submission();
    submission.sendBack(null, caller.username(), clock.instant(), required(comment));
    assessments.flushOrConflict();
    return submission;
  }

  /** The coordinator sends one leaf back: it is marked returned and the unit's work reopens. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public LeafScore returnLeaf(
      long campaignId, String subjectCode, String nodeCode, String comment) {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.forScoring(caller, campaignId, subjectCode, nodeCode);
    Submission submission = leaves.submission(leaf.campaign(), leaf.responsible());
    String text = required(comment);
    Instant now = clock.instant();
    submission.sendBack(nodeCode, caller.username(), now, text);
    LeafScore score = current(leaf, null);
    audit(leaf, "returned", String.valueOf(score.isReturned()), "true", caller, now, text);
    score.sendBack(text);
    return score;
  }

  /** Lets a unit edit again after the closing date, until it submits. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public Submission reopen(long campaignId, String subjectCode, String unit, String comment) {
    CampaignAccess.Caller caller = campaignService.caller();
    String unitCode = responsible(campaignId, subjectCode, unit, caller);
    Submission submission = workspaceFor(caller, campaignId, unitCode, true).submission();
    submission.reopen(caller.username(), clock.instant(), required(comment));
    assessments.flushOrConflict();
    return submission;
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
   * Whose work a workflow step on {@code subjectCode} concerns: the subject itself in an INTERNAL
   * campaign; in a PROVINCIAL one the lead unit named, or else the caller's own.
   */
  private String responsible(
      long campaignId, String subjectCode, String unit, CampaignAccess.Caller caller) {
    Campaign campaign = leaves.campaign(campaignId);
    if (campaign.getSubjects().stream().noneMatch(u -> u.getCode().equals(subjectCode))) {
      throw new NotFoundException("assessment.subject.unknown", subjectCode);
    }
    if (campaign.getKind() == CampaignKind.INTERNAL) {
      return subjectCode;
    }
    String code = unit != null ? unit : caller.unitCode();
    if (code == null) {
      throw InvalidInputException.of(Violation.ofField("unit", "assessment.unit.required"));
    }
    return code;
  }

  private Workspace workspaceFor(
      CampaignAccess.Caller caller, long campaignId, String unitCode, boolean anyRole) {
    boolean own =
        unitCode.equals(caller.unitCode())
            && (caller.roles().contains(Role.UNIT_OFFICER)
                || caller.roles().contains(Role.UNIT_LEADER));
    if (!own && !caller.manages() && !anyRole) {
      LeafResolver.refuse(caller, "submit the work of " + unitCode, campaignId);
    }
    Workspace workspace = workspace(campaignId, unitCode);
    if (workspace.submission() == null) {
      throw new NotFoundException("assessment.nothingToScore", unitCode);
    }
    Submission stored = leaves.submission(workspace.campaign(), workspace.unit());
    return new Workspace(
        workspace.campaign(), workspace.unit(), stored, workspace.editable(), workspace.leaves());
  }

  private LeafScore current(LeafResolver.Leaf leaf, Long version) {
    LeafScore score =
        assessments
            .findScore(leaf.campaign().getId(), leaf.subject().getCode(), leaf.node().getCode())
            .orElseGet(
                () -> {
                  LeafScore created =
                      new LeafScore(leaf.campaign(), leaf.subject(), leaf.node().getCode());
                  assessments.add(created);
                  return created;
                });
    if (version != null && version != score.getVersion()) {
      throw new ConflictException("error.stale");
    }
    return score;
  }

  private void audit(
      LeafResolver.Leaf leaf,
      String field,
      Object before,
      Object after,
      CampaignAccess.Caller caller,
      Instant at,
      String reason) {
    String old = text(before);
    String now = text(after);
    if (!Objects.equals(old, now)) {
      assessments.append(
          new AuditEntry(
              leaf.campaign().getId(),
              leaf.subject().getCode(),
              leaf.node().getCode(),
              field,
              old,
              now,
              caller.username(),
              at,
              reason));
    }
  }

  private static String text(Object value) {
    if (value instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    return value == null ? null : value.toString();
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

  private static String required(String comment) {
    String text = optional(comment);
    if (text == null) {
      throw InvalidInputException.of(Violation.ofField("comment", "assessment.comment.required"));
    }
    return text;
  }

  /** A workflow step's comment as it can be kept: at most the column's length, no NUL. */
  private static String optional(String comment) {
    String text = Text.nfc(comment);
    if (text != null && (text.length() > COMMENT_MAX || Text.hasControlCharacters(text))) {
      throw InvalidInputException.of(
          Violation.ofField("comment", "assessment.comment.invalid", COMMENT_MAX));
    }
    return text;
  }
}
