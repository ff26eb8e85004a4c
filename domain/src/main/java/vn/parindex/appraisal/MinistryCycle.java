package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.assessment.LeafResolver;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * A PROVINCIAL campaign after its self-assessment: sent to the Ministry, its appraised points
 * loaded ({@link MinistryComparison}), the lead units' explanations of the cuts reviewed by Sở Nội
 * vụ and sent, the Ministry's final points recorded, and the year closed. Each step is in the audit
 * trail: a leaf's in the leaf's, the campaign's own under the province without a leaf.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class MinistryCycle {
  static final int NOTE_MAX = 2000;

  @Inject AppraisalRepository appraisals;
  @Inject AssessmentRepository assessments;
  @Inject LeafResolver leaves;
  @Inject MinistryPoints ministry;
  @Inject MinistryCuts cuts;
  @Inject CampaignService campaignService;
  @Inject Clock clock;

  /** The self-assessment goes to the Ministry: the self-scores are locked from now on. */
  public Campaign sendForAppraisal(long campaignId) {
    Campaign campaign = provincial(campaignId);
    return step(campaign, campaign::startAppraisalRound);
  }

  /** The lead units may explain the cuts: only once the Ministry's points are loaded. */
  public Campaign openExplanation(long campaignId) {
    Campaign campaign = provincial(campaignId);
    if (campaign.getStatus() == CampaignStatus.APPRAISAL
        && MinistryPoints.round(appraisals.appraisals(campaignId), 1).isEmpty()) {
      throw new ConflictException("ministry.notAppraised");
    }
    return step(campaign, campaign::openExplanationWindow);
  }

  /**
   * Sở Nội vụ accepts an explanation for sending, or returns it to the lead unit with a note; a
   * decision on a text that has changed since it was read is refused as stale.
   */
  public Explanation review(
      long campaignId, String nodeCode, boolean accepted, String note, Long version) {
    String why = Text.nfc(note);
    if (why != null && (why.length() > NOTE_MAX || Text.hasControlCharacters(why))) {
      throw InvalidInputException.of(Violation.ofField("note", "comment.text", NOTE_MAX));
    }
    if (!accepted && why == null) {
      throw InvalidInputException.of(Violation.ofField("note", "ministry.returnNote"));
    }
    Campaign campaign = explaining(campaignId);
    String subject = MinistryPoints.province(campaign).getCode();
    Explanation explanation =
        appraisals.explanations(campaignId).stream()
            .filter(e -> e.getNodeCode().equals(nodeCode))
            .findFirst()
            .orElseThrow(() -> new ConflictException("ministry.notExplained", nodeCode));
    if (version != null && version != explanation.getVersion()) {
      throw new ConflictException("error.stale");
    }
    ExplanationReview decision = accepted ? ExplanationReview.ACCEPTED : ExplanationReview.RETURNED;
    Instant now = clock.instant();
    audit(
        campaignId,
        subject,
        nodeCode,
        "explanationReview",
        describe(explanation),
        decision.name(),
        why,
        now);
    explanation.review(decision, why, campaignService.caller().username(), now);
    assessments.flushOrConflict();
    return explanation;
  }

  /**
   * The accepted explanations go to the Ministry; refused while one awaits review, so that nothing
   * a lead unit wrote is sent, or left behind, unread.
   */
  public Campaign sendExplanation(long campaignId) {
    Campaign campaign = explaining(campaignId);
    List<String> unread =
        cuts.visible(campaign.getId()).stream()
            .filter(MinistryCut::awaitingReview)
            .map(MinistryCut::nodeCode)
            .toList();
    if (!unread.isEmpty()) {
      throw new ConflictException("ministry.awaitingReview", String.join(", ", unread));
    }
    return step(campaign, campaign::sendToMinistry);
  }

  /** The Ministry's final points of one leaf, typed in from its decision. */
  public Appraisal recordFinal(long campaignId, String nodeCode, BigDecimal points) {
    Campaign campaign = finalRound(campaignId);
    FrameworkNode node =
        campaign.selfLeaves().stream()
            .filter(n -> n.getCode().equals(nodeCode))
            .findFirst()
            .orElseThrow(() -> new ConflictException("ministry.node", nodeCode));
    return ministry.record(campaign, nodeCode, AppraisalService.points(points, node, "points"), 2);
  }

  /** The Ministry's final points from its table, as its appraised points were loaded. */
  public SurveyService.Imported importFinal(long campaignId, byte[] table) {
    return ministry.load(finalRound(campaignId), table, 2);
  }

  /**
   * The year is over: refused while an accepted explanation has no final points, since the Ministry
   * has then not answered it yet.
   */
  public Campaign close(long campaignId) {
    Campaign campaign = finalRound(campaignId);
    List<String> unanswered =
        cuts.visible(campaign.getId()).stream()
            .filter(c -> c.accepted() && c.finalPoints() == null)
            .map(MinistryCut::nodeCode)
            .toList();
    if (!unanswered.isEmpty()) {
      throw new ConflictException("ministry.finalMissing", String.join(", ", unanswered));
    }
    return step(campaign, campaign::close);
  }

  private Campaign step(Campaign campaign, Runnable transition) {
    String before = campaign.getStatus().name() + " " + campaign.getAppraisalRound();
    transition.run();
    audit(
        campaign.getId(),
        MinistryPoints.province(campaign).getCode(),
        null,
        "status",
        before,
        campaign.getStatus().name() + " " + campaign.getAppraisalRound(),
        null,
        clock.instant());
    return campaign;
  }

  private Campaign provincial(long campaignId) {
    Campaign campaign = leaves.campaign(campaignId);
    if (campaign.getKind() != CampaignKind.PROVINCIAL) {
      throw new ConflictException("ministry.provincialOnly");
    }
    return campaign;
  }

  private Campaign explaining(long campaignId) {
    Campaign campaign = provincial(campaignId);
    if (campaign.getStatus() != CampaignStatus.EXPLANATION) {
      throw new ConflictException("explanation.closed");
    }
    return campaign;
  }

  private Campaign finalRound(long campaignId) {
    Campaign campaign = provincial(campaignId);
    if (campaign.getStatus() != CampaignStatus.APPRAISAL || campaign.getAppraisalRound() != 2) {
      throw new ConflictException("ministry.notSent");
    }
    return campaign;
  }

  private static String describe(Explanation explanation) {
    return explanation.getReview() == null ? null : explanation.getReview().name();
  }

  private void audit(
      long campaignId,
      String subject,
      String nodeCode,
      String field,
      String before,
      String after,
      String reason,
      Instant at) {
    if (!Objects.equals(before, after) || reason != null) {
      assessments.append(
          new AuditEntry(
              campaignId,
              subject,
              nodeCode,
              field,
              before,
              after,
              campaignService.caller().username(),
              at,
              reason));
    }
  }
}
