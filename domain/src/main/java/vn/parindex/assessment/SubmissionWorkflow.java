package vn.parindex.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.account.Role;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.notice.Notice;
import vn.parindex.notice.NoticeKind;
import vn.parindex.notice.Notices;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Violation;

/**
 * The workflow of a unit's self-assessment: DRAFT → SUBMITTED → APPROVED, the leader's return to
 * the officer, the coordinator's returns and reopenings. Each step is the unit's own (its officer,
 * its leader) or Sở Nội vụ's, and says who made it and why.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class SubmissionWorkflow {
  @Inject LeafResolver leaves;
  @Inject SelfAssessmentService assessment;
  @Inject AssessmentRepository assessments;
  @Inject CampaignService campaignService;
  @Inject Clock clock;
  @Inject Notices notices;

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
    submission.submit(caller.username(), clock.instant(), WorkflowComments.optional(comment));
    assessments.flushOrConflict();
    return submission;
  }

  /** The unit's leader signs off what the officer sent; it then goes to Sở Nội vụ. */
  public Submission approve(long campaignId, String subjectCode, String unit, String comment) {
    CampaignAccess.Caller caller = campaignService.caller();
    Submission submission = leadersWork(caller, campaignId, subjectCode, unit, "approve");
    submission.approve(
        caller.username(),
        clock.instant(),
        WorkflowComments.optional(comment),
        submission.getCampaign().isFourEyes());
    assessments.flushOrConflict();
    tell(submission, NoticeKind.SUBMISSION_APPROVED, null);
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
    submission.returnToOfficer(
        caller.username(), clock.instant(), WorkflowComments.required(comment));
    assessments.flushOrConflict();
    tell(submission, NoticeKind.SUBMISSION_RETURNED, comment);
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
    submission.sendBack(
        null, caller.username(), clock.instant(), WorkflowComments.required(comment));
    assessments.flushOrConflict();
    tell(submission, NoticeKind.SUBMISSION_RETURNED, comment);
    return submission;
  }

  /** Tells the unit's people of a step on their work. */
  private void tell(Submission submission, NoticeKind kind, String comment) {
    String unit = submission.getUnit().getCode();
    notices.tellUnit(
        unit, new Notice.About(kind, submission.getCampaign(), unit, null, comment, null));
  }

  /** Lets a unit edit again after the closing date, until it submits. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public Submission reopen(long campaignId, String subjectCode, String unit, String comment) {
    CampaignAccess.Caller caller = campaignService.caller();
    String unitCode = responsible(campaignId, subjectCode, unit, caller);
    Submission submission = workspaceFor(caller, campaignId, unitCode, true).submission();
    submission.reopen(caller.username(), clock.instant(), WorkflowComments.required(comment));
    assessments.flushOrConflict();
    return submission;
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
    Workspace workspace = assessment.workspace(campaignId, unitCode);
    if (workspace.submission() == null) {
      throw new NotFoundException("assessment.nothingToScore", unitCode);
    }
    Submission stored = leaves.submission(workspace.campaign(), workspace.unit());
    return new Workspace(
        workspace.campaign(), workspace.unit(), stored, workspace.editable(), workspace.leaves());
  }
}
