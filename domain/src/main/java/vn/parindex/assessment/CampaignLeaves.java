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
import vn.parindex.campaign.CampaignKind;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.reorganisation.UnitHistory;
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
  @Inject CampaignSums sums;
  @Inject EvidenceFigures evidence;
  @Inject ReminderRepository reminders;
  @Inject UnitHistory history;
  @Inject Clock clock;

  public List<WorkspaceLeaf> read(Campaign campaign, Predicate<LeafResolver.Leaf> wanted) {
    Map<String, LeafScore> scores = byKey(assessments.scores(campaign.getId()));
    Map<String, LeafScore> previous =
        campaign.getPrevious() == null
            ? Map.of()
            : byKey(assessments.scores(campaign.getPrevious().getId()));
    Map<String, Long> evidenceCounts = evidence.documentsPerLeaf(campaign.getId());
    return rows(leaves.all(campaign), wanted, scores, previous, evidenceCounts);
  }

  /**
   * These leaves of these subjects, what was entered on them read for those subjects only: a page
   * costs the same few queries, and reads the same few rows, whatever the size of the campaign.
   */
  public List<WorkspaceLeaf> read(
      Campaign campaign, List<OrganisationUnit> subjects, List<FrameworkNode> nodes) {
    List<String> codes = subjects.stream().map(OrganisationUnit::getCode).toList();
    Map<String, LeafScore> scores = byKey(assessments.scores(campaign.getId(), codes));
    Map<String, LeafScore> previous =
        campaign.getPrevious() == null
            ? Map.of()
            : byKey(assessments.scores(campaign.getPrevious().getId(), codes));
    Map<String, Long> evidenceCounts = evidence.documentsPerLeaf(campaign.getId(), codes);
    return rows(
        leaves.all(campaign, subjects, nodes), leaf -> true, scores, previous, evidenceCounts);
  }

  private static List<WorkspaceLeaf> rows(
      List<LeafResolver.Leaf> all,
      Predicate<LeafResolver.Leaf> wanted,
      Map<String, LeafScore> scores,
      Map<String, LeafScore> previous,
      Map<String, Long> evidenceCounts) {
    List<WorkspaceLeaf> rows = new ArrayList<>();
    for (LeafResolver.Leaf leaf : all) {
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
    Map<String, UnitCounts> byUnit = counts(campaign);
    // Each unit by the name it had in the campaign's year, today's beside it where it changed.
    Map<String, String> names = history.namesIn(campaign.getYear());
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
    for (Map.Entry<String, UnitCounts> e : byUnit.entrySet()) {
      String code = e.getKey();
      UnitCounts counted = e.getValue();
      Submission submission = submissions.get(code);
      Instant sent = submission == null ? null : submission.getSubmittedAt();
      Boolean onTime =
          sent == null || closes == null
              ? null
              : !sent.atZone(Clocks.VIETNAM).toLocalDate().isAfter(closes);
      rows.add(
          new ProgressRow(
              code,
              names.getOrDefault(code, code),
              campaign.focalPair(code).isPresent(),
              counted.leaves,
              counted.scored,
              counted.withEvidence,
              submission == null ? SubmissionStatus.DRAFT : submission.getStatus(),
              sent,
              onTime,
              submission == null ? 0 : submission.getTimesReturned(),
              overdue.getOrDefault(code, 0L).intValue(),
              reminded.getOrDefault(code, 0L).intValue()));
    }
    return rows;
  }

  /** A responsible unit's leaves, how many it scored, and how many have evidence. */
  private static final class UnitCounts {
    int leaves;
    int scored;
    int withEvidence;
  }

  /**
   * In an internal campaign each subject answers for its own leaves: counted by the database, a
   * subject at a time, so that 400 units do not mean 60,000 leaves read. A provincial campaign has
   * one subject and its leaves are divided among the lead units: read leaf by leaf.
   */
  private Map<String, UnitCounts> counts(Campaign campaign) {
    Map<String, UnitCounts> byUnit = new TreeMap<>();
    if (campaign.getKind() == CampaignKind.INTERNAL) {
      Map<String, Long> scored = sums.scoredPerSubject(campaign);
      Map<String, Long> evidenced = evidence.leavesWithEvidencePerSubject(campaign.getId());
      int leafCount = campaign.selfLeaves().size();
      for (OrganisationUnit subject : campaign.getSubjects()) {
        UnitCounts c = byUnit.computeIfAbsent(subject.getCode(), u -> new UnitCounts());
        c.leaves = leafCount;
        c.scored = scored.getOrDefault(subject.getCode(), 0L).intValue();
        c.withEvidence = evidenced.getOrDefault(subject.getCode(), 0L).intValue();
      }
      return byUnit;
    }
    for (WorkspaceLeaf leaf : read(campaign, l -> l.responsible() != null)) {
      String unit =
          CampaignAccess.responsibleUnit(
              campaign.getKind(), leaf.getSubject().getCode(), leaf.getLeadUnitCode());
      UnitCounts c = byUnit.computeIfAbsent(unit, u -> new UnitCounts());
      c.leaves++;
      c.scored += leaf.isScored() ? 1 : 0;
      c.withEvidence += leaf.getEvidenceCount() > 0 ? 1 : 0;
    }
    return byUnit;
  }

  private static Map<String, LeafScore> byKey(List<LeafScore> scores) {
    return scores.stream()
        .collect(
            Collectors.toMap(
                s -> key(s.getSubject().getCode(), s.getNodeCode()), Function.identity()));
  }

  /** A subject's leaf as the maps of a campaign key it. */
  public static String key(String subjectCode, String nodeCode) {
    return subjectCode + "/" + nodeCode;
  }
}
