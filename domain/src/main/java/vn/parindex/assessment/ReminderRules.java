package vn.parindex.assessment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.campaign.Phases;

/**
 * When a unit is behind: the focal pair still missing from {@value #DAYS_BEFORE} days before the
 * nomination is due, the self-assessment not yet sent from {@value #DAYS_BEFORE} days before the
 * campaign closes, and evidence it was asked for overdue.
 */
public final class ReminderRules {
  /** Days before a deadline from which a unit that has not done it is reminded. */
  public static final int DAYS_BEFORE = 3;

  private ReminderRules() {}

  public static Set<ReminderReason> reasons(
      ProgressRow unit, Phases phases, CampaignStatus status, LocalDate today) {
    Set<ReminderReason> reasons = EnumSet.noneOf(ReminderReason.class);
    if (status != CampaignStatus.OPEN) {
      return reasons;
    }
    if (!unit.nominated() && near(phases.getNominationDue(), today)) {
      reasons.add(ReminderReason.NOMINATION);
    }
    if (unit.status() == SubmissionStatus.DRAFT
        && unit.leaves() > 0
        && near(phases.getSelfAssessmentCloses(), today)) {
      reasons.add(ReminderReason.SUBMISSION);
    }
    if (unit.overdueRequests() > 0) {
      reasons.add(ReminderReason.EVIDENCE_REQUESTS);
    }
    return reasons;
  }

  private static boolean near(LocalDate due, LocalDate today) {
    return due != null && !today.isBefore(due.minusDays(DAYS_BEFORE));
  }
}
