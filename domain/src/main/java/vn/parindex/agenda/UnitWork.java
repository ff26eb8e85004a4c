package vn.parindex.agenda;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.parindex.assessment.LeafState;
import vn.parindex.assessment.SubmissionStatus;
import vn.parindex.assessment.Workspace;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.campaign.Phases;

/**
 * What one unit has left in one campaign, counted over its workspace's leaves: the officer's home
 * shows it, and its "continue" opens {@link #continueField()}.
 */
public record UnitWork(
    Long campaignId,
    String campaignName,
    CampaignKind kind,
    CampaignStatus status,
    String unitCode,
    Phases.Milestone deadline,
    Long daysLeft,
    int leaves,
    int scored,
    int withoutEvidence,
    int returned,
    int atRisk,
    int requestsWaiting,
    int requestsOverdue,
    int explanationsAsked,
    SubmissionStatus submission,
    boolean editable,
    String continueField) {

  /** The requests a unit was sent and has not completed, and how many of them are overdue. */
  public record Requests(int waiting, int overdue) {}

  /**
   * The figures of {@code workspace} on {@code today}. The deadline is the one the unit works
   * towards in the campaign's stage: the close of self-assessment while it is open, the explanation
   * date while explanations are asked, the appraisal date while it waits for the appraisers.
   */
  public static UnitWork of(
      Workspace workspace, Requests requests, int explanationsAsked, LocalDate today) {
    Campaign campaign = workspace.campaign();
    List<WorkspaceLeaf> leaves = workspace.leaves();
    Phases.Milestone deadline = deadline(campaign);
    return new UnitWork(
        campaign.getId(),
        campaign.getName(),
        campaign.getKind(),
        campaign.getStatus(),
        workspace.unit().getCode(),
        deadline,
        deadline == null ? null : deadline.daysFrom(today),
        leaves.size(),
        (int) leaves.stream().filter(WorkspaceLeaf::isScored).count(),
        (int) leaves.stream().filter(l -> l.getEvidenceCount() == 0).count(),
        (int) leaves.stream().filter(l -> l.getState() == LeafState.RETURNED).count(),
        (int) leaves.stream().filter(WorkspaceLeaf::isAtRisk).count(),
        requests.waiting(),
        requests.overdue(),
        explanationsAsked,
        workspace.submission() == null
            ? SubmissionStatus.DRAFT
            : workspace.submission().getStatus(),
        workspace.editable(),
        continueField(workspace));
  }

  /** Every leaf scored and none returned: nothing left to enter. */
  public boolean complete() {
    return scored == leaves && returned == 0;
  }

  private static Phases.Milestone deadline(Campaign campaign) {
    String name =
        switch (campaign.getStatus()) {
          case OPEN -> "selfAssessmentCloses";
          case APPRAISAL -> "appraisalDue";
          case EXPLANATION -> "explanationDue";
          default -> null;
        };
    return name == null ? null : campaign.getPhases().milestone(name).orElse(null);
  }

  /**
   * The field to resume in: the first with a returned leaf (what Sở Nội vụ sent back comes first),
   * else the first with a leaf not scored; none when all is done.
   */
  private static String continueField(Workspace workspace) {
    Map<String, List<WorkspaceLeaf>> byField = workspace.byField();
    return byField.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(l -> l.getState() == LeafState.RETURNED))
        .map(Map.Entry::getKey)
        .findFirst()
        .or(
            () ->
                byField.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(l -> !l.isScored()))
                    .map(Map.Entry::getKey)
                    .findFirst())
        .orElse(null);
  }
}
