package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.LeafResolver;
import vn.parindex.assessment.Submission;
import vn.parindex.assessment.SubmissionStatus;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.Roles;

/**
 * The coordinator's steps between self-assessment and the council: round 1, the explanation window,
 * round 2. Round 1 appraises what the units sent, so it does not start while subjects have not
 * submitted, unless the coordinator names each of them and so confirms starting without their work.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class AppraisalRounds {
  @Inject AssessmentRepository assessments;
  @Inject LeafResolver leaves;

  /**
   * The subjects of an INTERNAL campaign still open for self-assessment whose work is not sent:
   * what starting round 1 would leave without their own submission.
   */
  public List<OrganisationUnit> unsubmitted(long campaignId) {
    Campaign campaign = leaves.campaign(campaignId);
    if (campaign.getKind() != CampaignKind.INTERNAL
        || campaign.getStatus() != CampaignStatus.OPEN) {
      return List.of();
    }
    Set<String> submitted = submittedSubjects(campaignId);
    return campaign.getSubjects().stream()
        .filter(u -> !submitted.contains(u.getCode()))
        .sorted((a, b) -> a.getCode().compareTo(b.getCode()))
        .toList();
  }

  /**
   * Starts round 1 after self-assessment, or round 2 after the explanation window. {@code
   * confirmedUnsubmitted} must name every subject that has not submitted (409 listing them
   * otherwise).
   */
  public Campaign startRound(long campaignId, Collection<String> confirmedUnsubmitted) {
    List<String> missing =
        unsubmitted(campaignId).stream()
            .map(OrganisationUnit::getCode)
            .filter(code -> !confirmedUnsubmitted.contains(code))
            .toList();
    if (!missing.isEmpty()) {
      throw new ConflictException("appraisal.unsubmitted", String.join(", ", missing));
    }
    Campaign campaign = internal(campaignId);
    campaign.startAppraisalRound();
    return campaign;
  }

  public Campaign openExplanationWindow(long campaignId) {
    Campaign campaign = internal(campaignId);
    campaign.openExplanationWindow();
    return campaign;
  }

  /** The province's rounds with the Ministry are {@link MinistryCycle}'s, with its own checks. */
  private Campaign internal(long campaignId) {
    Campaign campaign = leaves.campaign(campaignId);
    if (campaign.getKind() != CampaignKind.INTERNAL) {
      throw new ConflictException("campaign.internalOnly");
    }
    return campaign;
  }

  /** The subjects whose work reached the appraisers: the rows an appraiser may score. */
  @RolesAllowed(Roles.USER)
  public Set<String> submittedSubjects(long campaignId) {
    return assessments.submissions(campaignId).stream()
        .filter(AppraisalRounds::sent)
        .map(s -> s.getUnit().getCode())
        .collect(Collectors.toSet());
  }

  /** Whether a subject's work reached the appraisers: sent, or sent and signed off. */
  static boolean sent(Submission submission) {
    return submission != null && submission.getStatus() != SubmissionStatus.DRAFT;
  }
}
