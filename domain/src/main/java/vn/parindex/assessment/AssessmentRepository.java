package vn.parindex.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores scores, submissions and the audit trail; implemented in the persistence module. */
public interface AssessmentRepository {
  Optional<LeafScore> findScore(long campaignId, String subjectCode, String nodeCode);

  List<LeafScore> scores(long campaignId);

  /** The scores of these subjects only: a page of a campaign's consolidation. */
  List<LeafScore> scores(long campaignId, Collection<String> subjectCodes);

  /** Each leaf's scores summed over the campaign's subjects, in one grouped query. */
  List<NodeTally> tallies(long campaignId);

  /** How many leaves each subject has self-scored, by subject code, in one grouped query. */
  Map<String, Long> scoredPerSubject(long campaignId);

  void add(LeafScore score);

  Optional<Submission> findSubmission(long campaignId, String unitCode);

  List<Submission> submissions(long campaignId);

  void add(Submission submission);

  /**
   * Appends to the audit trail, linked to the last entry of its campaign ({@link AuditChain}) while
   * the campaign's head is locked, so that parallel changes form one chain; there is no method to
   * change or remove an entry.
   */
  void append(AuditEntry entry);

  /** The same for several entries of one campaign, in their order, under one lock of its head. */
  void append(List<AuditEntry> entries);

  /** Every chained entry of the campaign, in the order of the chain. */
  List<AuditEntry> chain(long campaignId);

  /** The number and hash of the campaign's last entry, as the campaign keeps them. */
  AuditChain.Head auditHead(long campaignId);

  List<AuditEntry> trail(long campaignId, String subjectCode, String nodeCode);

  void add(LeafComment comment);

  List<LeafComment> comments(long campaignId, String subjectCode, String nodeCode);

  /**
   * Writes pending changes now, so that a change someone else committed meanwhile shows as a
   * stale-version conflict ({@link vn.parindex.shared.ConflictException}) rather than a failed
   * commit.
   */
  void flushOrConflict();
}
