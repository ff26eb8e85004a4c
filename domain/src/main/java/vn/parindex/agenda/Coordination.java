package vn.parindex.agenda;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.parindex.assessment.ProgressRow;
import vn.parindex.assessment.SubmissionStatus;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.campaign.FocalPairStatus;
import vn.parindex.campaign.Phases;

/**
 * Sở Nội vụ's follow-up of one campaign: how many responsible units have scored everything, sent
 * and had their work signed off (waiting for Sở Nội vụ's review), which focal pairs and evidence
 * requests are overdue, and the next date of the campaign.
 */
public record Coordination(
    Long campaignId,
    String name,
    CampaignStatus status,
    int units,
    int fullyScored,
    int submitted,
    int waitingReview,
    int focalPairsOverdue,
    int requestsOverdue,
    List<ProgressRow> behind,
    Phases.Milestone next,
    Long daysToNext) {

  /** How many of the slowest units the home lists by name. */
  static final int BEHIND_SHOWN = 5;

  /** The figures of {@code campaign} from its progress report and focal pairs, on {@code today}. */
  public static Coordination of(
      Campaign campaign,
      List<ProgressRow> progress,
      List<FocalPairStatus> focalPairs,
      LocalDate today) {
    Phases.Milestone next = campaign.getPhases().next(today).orElse(null);
    return new Coordination(
        campaign.getId(),
        campaign.getName(),
        campaign.getStatus(),
        progress.size(),
        (int) progress.stream().filter(r -> r.leaves() > 0 && r.scored() == r.leaves()).count(),
        (int) progress.stream().filter(r -> r.status() == SubmissionStatus.SUBMITTED).count(),
        (int) progress.stream().filter(r -> r.status() == SubmissionStatus.APPROVED).count(),
        (int) focalPairs.stream().filter(FocalPairStatus::overdue).count(),
        progress.stream().mapToInt(ProgressRow::overdueRequests).sum(),
        behind(progress),
        next,
        next == null ? null : next.daysFrom(today));
  }

  /**
   * The units still drafting with the smallest share scored, slowest first: whom to call. A unit
   * that sent its work is not behind, however it scored.
   */
  private static List<ProgressRow> behind(List<ProgressRow> progress) {
    return progress.stream()
        .filter(r -> r.status() == SubmissionStatus.DRAFT && r.scored() < r.leaves())
        .sorted(
            Comparator.comparingDouble(ProgressRow::scoredShare)
                .thenComparing(ProgressRow::unitCode))
        .limit(BEHIND_SHOWN)
        .toList();
  }
}
