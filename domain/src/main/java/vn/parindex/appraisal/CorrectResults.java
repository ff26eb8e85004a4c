package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.assessment.LeafResolver;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignService;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * A correction of published results: Sở Nội vụ reopens the subjects it concerns, with its reason;
 * their appraisers change their points in the last round; the council finalises and the corrected
 * results are published as the next version, the earlier ones kept.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class CorrectResults {
  static final int REASON_MAX = 2000;

  @Inject LeafResolver leaves;
  @Inject AppraisalRepository appraisals;
  @Inject AssessmentRepository assessments;
  @Inject CampaignService campaignService;
  @Inject Clock clock;

  public Campaign reopen(long campaignId, List<String> subjectCodes, String reason) {
    Campaign campaign = leaves.campaign(campaignId);
    List<Violation> problems = new ArrayList<>();
    String why = Text.nfc(reason);
    if (why == null || why.length() > REASON_MAX || Text.hasControlCharacters(why)) {
      problems.add(Violation.ofField("reason", "correction.reason", REASON_MAX));
    }
    Set<String> known =
        campaign.getSubjects().stream().map(OrganisationUnit::getCode).collect(Collectors.toSet());
    Set<String> chosen = new LinkedHashSet<>(subjectCodes == null ? List.of() : subjectCodes);
    if (chosen.isEmpty()) {
      problems.add(Violation.ofField("subjects", "correction.subjects"));
    }
    chosen.stream()
        .filter(code -> !known.contains(code))
        .forEach(
            code ->
                problems.add(
                    Violation.ofField("subjects", "correction.unknown", String.valueOf(code))));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String version =
        appraisals.latestPublication(campaignId).map(p -> "v" + p.getNumber()).orElse(null);
    campaign.reopenForCorrection(chosen);
    String by = campaignService.caller().username();
    Instant now = clock.instant();
    for (String subject : chosen) {
      assessments.append(
          new AuditEntry(
              campaignId, subject, null, "correction", version, "APPRAISAL", by, now, why));
    }
    return campaign;
  }

  /**
   * Refuses a change to a subject that a correction under way did not reopen: the published results
   * of the others stand as they are.
   */
  static void ensureReopened(Campaign campaign, String subjectCode) {
    Set<String> correcting = campaign.getCorrecting();
    if (!correcting.isEmpty() && !correcting.contains(subjectCode)) {
      throw new ConflictException("correction.notReopened", subjectCode);
    }
  }
}
