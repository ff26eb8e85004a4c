package vn.parindex.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.shared.Clocks;

/**
 * The leaves of a campaign with what was entered on them, read in one pass: the leaves resolved
 * once ({@link LeafResolver#all}), then the scores, last year's scores and the evidence counts,
 * each in one query. The workspace, the consolidation, the progress report and the appraisal sheet
 * all read through it; each decides which leaves its caller may see.
 */
@ApplicationScoped
public class CampaignLeaves {
  @Inject LeafResolver leaves;
  @Inject AssessmentRepository assessments;
  @Inject EvidenceFigures evidence;
  @Inject ReminderRepository reminders;
  @Inject UnitRepository units;
  @Inject Clock clock;

  public List<WorkspaceLeaf> read(Campaign campaign, Predicate<LeafResolver.Leaf> wanted) {
    Map<String, LeafScore> scores = scoresByKey(campaign.getId());
    Map<String, LeafScore> previous =
        campaign.getPrevious() == null ? Map.of() : scoresByKey(campaign.getPrevious().getId());
    Map<String, Long> evidenceCounts = evidence.documentsPerLeaf(campaign.getId());
    List<WorkspaceLeaf> rows = new ArrayList<>();
    for (LeafResolver.Leaf leaf : leaves.all(campaign)) {
      if (wanted.test(leaf)) {
        String key = key(leaf.subject().getCode(), leaf.node().getCode());
        LeafScore last = previous.get(key);
        rows.add(
            new WorkspaceLeaf(
                leaf,
                scores.get(key),
                evidenceCounts.getOrDefault(key, 0L).intValue(),
                last == null ? null : last.getSelfScore()));
      }
    }
    return rows;
  }

  /**
   * Each responsible unit's progress: focal pair, share scored and with evidence, submitted on time
   * or late, times returned, evidence requests it lets run overdue, reminders it was sent.
   */
  public List<ProgressRow> progress(Campaign campaign) {
    List<WorkspaceLeaf> all = read(campaign, leaf -> leaf.responsible() != null);
    Map<String, List<WorkspaceLeaf>> byUnit = new TreeMap<>();
    for (WorkspaceLeaf leaf : all) {
      String unit =
          CampaignAccess.responsibleUnit(
              campaign.getKind(), leaf.getSubject().getCode(), leaf.getLeadUnitCode());
      byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(leaf);
    }
    Map<String, Submission> submissions =
        assessments.submissions(campaign.getId()).stream()
            .collect(Collectors.toMap(s -> s.getUnit().getCode(), Function.identity()));
    LocalDate today = LocalDate.now(clock);
    Map<String, Long> overdue = evidence.overdueRequestsPerUnit(campaign.getId(), today);
    Map<String, Long> reminded =
        reminders.reminders(campaign.getId()).stream()
            .filter(Reminder::isDelivered)
            .collect(Collectors.groupingBy(Reminder::getUnitCode, Collectors.counting()));
    LocalDate closes = campaign.getPhases().getSelfAssessmentCloses();
    List<ProgressRow> rows = new ArrayList<>();
    for (Map.Entry<String, List<WorkspaceLeaf>> e : byUnit.entrySet()) {
      String code = e.getKey();
      List<WorkspaceLeaf> unitLeaves = e.getValue();
      Submission submission = submissions.get(code);
      Instant sent = submission == null ? null : submission.getSubmittedAt();
      Boolean onTime =
          sent == null || closes == null
              ? null
              : !sent.atZone(Clocks.VIETNAM).toLocalDate().isAfter(closes);
      rows.add(
          new ProgressRow(
              code,
              units.findByCode(code).map(OrganisationUnit::getNameVi).orElse(code),
              campaign.focalPair(code).isPresent(),
              unitLeaves.size(),
              (int) unitLeaves.stream().filter(l -> l.getSelfScore() != null).count(),
              (int) unitLeaves.stream().filter(l -> l.getEvidenceCount() > 0).count(),
              submission == null ? SubmissionStatus.DRAFT : submission.getStatus(),
              sent,
              onTime,
              submission == null ? 0 : submission.getTimesReturned(),
              overdue.getOrDefault(code, 0L).intValue(),
              reminded.getOrDefault(code, 0L).intValue()));
    }
    return rows;
  }

  private Map<String, LeafScore> scoresByKey(long campaignId) {
    return assessments.scores(campaignId).stream()
        .collect(
            Collectors.toMap(
                s -> key(s.getSubject().getCode(), s.getNodeCode()), Function.identity()));
  }

  /** A subject's leaf as the maps of a campaign key it. */
  public static String key(String subjectCode, String nodeCode) {
    return subjectCode + "/" + nodeCode;
  }
}
