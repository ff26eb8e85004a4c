package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.framework.FrameworkNode;

/**
 * One change of a leaf's score: what it changes is recorded as it is made, and appended to the
 * campaign's audit chain all at once when the change is written. Appending locks the chain's head
 * (the campaign's row) until the commit, one writer of a campaign at a time; taken at the first
 * change, as it was, the lock was held while the rest of the save read and checked, and the load
 * benchmark's saves queued for it. Written, the campaign's row is locked before the leaf's, the
 * order every writer of the chain takes them in.
 */
final class LeafEdit {
  private final AssessmentRepository assessments;
  private final LeafResolver.Leaf leaf;
  private final LeafScore score;
  private final CampaignAccess.Caller caller;
  private final Instant at;
  private final List<AuditEntry> changes = new ArrayList<>();

  LeafEdit(
      AssessmentRepository assessments,
      LeafResolver.Leaf leaf,
      LeafScore score,
      CampaignAccess.Caller caller,
      Instant at) {
    this.assessments = assessments;
    this.leaf = leaf;
    this.score = score;
    this.caller = caller;
    this.at = at;
  }

  LeafScore score() {
    return score;
  }

  FrameworkNode node() {
    return leaf.node();
  }

  String username() {
    return caller.username();
  }

  Instant at() {
    return at;
  }

  /** A field's change, recorded only when its text changes. */
  void record(String field, Object before, Object after, String reason) {
    String old = text(before);
    String now = text(after);
    if (!Objects.equals(old, now)) {
      changes.add(
          new AuditEntry(
              leaf.campaign().getId(),
              leaf.subject().getCode(),
              leaf.node().getCode(),
              field,
              old,
              now,
              caller.username(),
              at,
              reason));
    }
  }

  /** Appends the changes to the chain, then writes the score (409 when it moved meanwhile). */
  void write() {
    assessments.append(changes);
    assessments.flushOrConflict();
  }

  private static String text(Object value) {
    if (value instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    return value == null ? null : value.toString();
  }
}
