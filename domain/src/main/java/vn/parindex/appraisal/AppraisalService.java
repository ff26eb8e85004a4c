package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.assessment.CampaignLeaves;
import vn.parindex.assessment.LeafResolver;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.Method;
import vn.parindex.framework.Points;
import vn.parindex.notice.Notice;
import vn.parindex.notice.NoticeKind;
import vn.parindex.notice.Notices;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * Appraisal of an INTERNAL campaign: appraisers score the leaves of the fields assigned to them in
 * round 1, units explain what was asked, round 2 follows. Rounds are {@link AppraisalRounds}, the
 * results {@link CampaignResults}, the Ministry's points {@link MinistryComparison}.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class AppraisalService {

  @Inject AppraisalRepository appraisals;
  @Inject AssessmentRepository assessments;
  @Inject LeafResolver leaves;
  @Inject CampaignLeaves table;
  @Inject CampaignService campaignService;
  @Inject Clock clock;
  @Inject Notices notices;

  public Appraisal appraise(
      long campaignId, String subjectCode, String nodeCode, AppraisalInput input) {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.resolve(campaignId, subjectCode, nodeCode);
    Campaign campaign = leaf.campaign();
    // Who may is asked first, so that a caller who may not learns nothing of the campaign's state.
    if (!CampaignAccess.mayAppraise(caller, leaf.leadUnitCode())) {
      LeafResolver.refuse(caller, "appraise " + subjectCode + "/" + nodeCode, campaignId);
    }
    if (campaign.getKind() != CampaignKind.INTERNAL || leaf.node().getMethod() != Method.SELF) {
      throw new ConflictException("appraisal.notAppraised", nodeCode);
    }
    int round = input.round() == null ? 0 : input.round();
    if (campaign.getStatus() != CampaignStatus.APPRAISAL || round != campaign.getAppraisalRound()) {
      throw new ConflictException("appraisal.closed", round);
    }
    CorrectResults.ensureReopened(campaign, subjectCode);
    if (!AppraisalRounds.sent(assessments.findSubmission(campaignId, subjectCode).orElse(null))) {
      throw new ConflictException("appraisal.subject.notSubmitted", subjectCode);
    }
    BigDecimal score = checked(input, leaf.node());
    Appraisal appraisal =
        appraisals
            .find(campaignId, subjectCode, nodeCode, round)
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
    String before = Appraisal.describe(appraisal.getScore(), appraisal.isNotApplicable());
    String after = Appraisal.describe(score, input.notApplicable());
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
    boolean newlyAsked = input.needsExplanation() && !appraisal.isNeedsExplanation();
    appraisal.set(
        score,
        Text.nfc(input.comment()),
        input.needsExplanation(),
        input.notApplicable(),
        caller.username(),
        now);
    assessments.flushOrConflict();
    if (newlyAsked) {
      notices.tellUnit(
          subjectCode,
          new Notice.About(
              NoticeKind.EXPLANATION_ASKED,
              campaign,
              subjectCode,
              nodeCode,
              Text.nfc(input.comment()),
              campaign.getPhases().getExplanationDue()));
    }
    return appraisal;
  }

  /**
   * The unit answers round 1 while the explanation window is open: the subject unit what the
   * appraiser asked (INTERNAL), the lead unit where the Ministry cut its leaf (PROVINCIAL).
   */
  public Explanation explain(long campaignId, String subjectCode, String nodeCode, String text) {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.resolve(campaignId, subjectCode, nodeCode);
    if (!CampaignAccess.maySelfScore(
        caller, leaf.campaign().getKind(), subjectCode, leaf.leadUnitCode())) {
      LeafResolver.refuse(caller, "explain " + subjectCode + "/" + nodeCode, campaignId);
    }
    if (leaf.campaign().getStatus() != CampaignStatus.EXPLANATION) {
      throw new ConflictException("explanation.closed");
    }
    if (!asked(leaf)) {
      throw new ConflictException("explanation.notAsked", nodeCode);
    }
    String answer = Text.nfc(text);
    if (answer == null || answer.length() > 4000 || Text.hasControlCharacters(answer)) {
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

  /** Whether round 1 asked for an explanation, or (PROVINCIAL) the Ministry cut the leaf. */
  private boolean asked(LeafResolver.Leaf leaf) {
    long campaignId = leaf.campaign().getId();
    String subject = leaf.subject().getCode();
    String node = leaf.node().getCode();
    Appraisal round1 = appraisals.find(campaignId, subject, node, 1).orElse(null);
    if (leaf.campaign().getKind() == CampaignKind.INTERNAL) {
      return round1 != null && round1.isNeedsExplanation();
    }
    BigDecimal self =
        assessments.findScore(campaignId, subject, node).map(s -> s.getSelfScore()).orElse(null);
    return round1 != null
        && round1.getScore() != null
        && self != null
        && round1.getScore().compareTo(self) < 0;
  }

  private static BigDecimal checked(AppraisalInput input, FrameworkNode node) {
    if (input.notApplicable()) {
      if (Text.nfc(input.comment()) == null) {
        throw InvalidInputException.of(Violation.ofField("comment", "appraisal.naReason"));
      }
      return null;
    }
    return points(input.score(), node, "score");
  }

  /**
   * Appraised points of a leaf, refused at {@code field} unless within 0 … its max with at most two
   * decimals: the province's appraisers' and the Ministry's alike.
   */
  static BigDecimal points(BigDecimal score, FrameworkNode node, String field) {
    if (score == null
        || score.signum() < 0
        || score.compareTo(node.getMaxScore()) > 0
        || score.stripTrailingZeros().scale() > Points.SCALE) {
      throw InvalidInputException.of(
          Violation.ofField(field, "appraisal.score.range", Points.vietnamese(node.getMaxScore())));
    }
    return Points.of(score);
  }
}
