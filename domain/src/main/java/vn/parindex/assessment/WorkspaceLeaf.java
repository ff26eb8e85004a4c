package vn.parindex.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.organisation.OrganisationUnit;

/**
 * One leaf as the workspace shows it. A class with getters, not a record, because Faces 4.0's EL
 * does not read record components.
 */
public final class WorkspaceLeaf implements Serializable {
  private final LeafResolver.Leaf leaf;
  private final LeafScore score;
  private final int evidenceCount;
  private final BigDecimal previousScore;

  WorkspaceLeaf(LeafResolver.Leaf leaf, LeafScore score, int evidenceCount, BigDecimal previous) {
    this.leaf = leaf;
    this.score = score;
    this.evidenceCount = evidenceCount;
    this.previousScore = previous;
  }

  public String getCode() {
    return leaf.node().getCode();
  }

  public FrameworkNode getNode() {
    return leaf.node();
  }

  public OrganisationUnit getSubject() {
    return leaf.subject();
  }

  public String getLeadUnitCode() {
    return leaf.leadUnitCode();
  }

  public List<String> getCoordinatingUnitCodes() {
    return leaf.coordinatingUnitCodes();
  }

  public LeafScore getScore() {
    return score;
  }

  public BigDecimal getSelfScore() {
    return score == null ? null : score.getSelfScore();
  }

  /**
   * Whether the unit has given the leaf its points (0 counts; a leaf returned unscored does not).
   */
  public boolean isScored() {
    return getSelfScore() != null;
  }

  public int getEvidenceCount() {
    return evidenceCount;
  }

  public BigDecimal getPreviousScore() {
    return previousScore;
  }

  public boolean isAtRisk() {
    return score != null && score.isAtRisk();
  }

  public LeafState getState() {
    if (score == null || score.getSelfScore() == null) {
      return score != null && score.isReturned() ? LeafState.RETURNED : LeafState.NOT_STARTED;
    }
    return score.isReturned() ? LeafState.RETURNED : LeafState.SCORED;
  }

  /** Points likely lost: the max less the self-score, for a leaf flagged at risk. */
  public BigDecimal getPointsAtRisk() {
    if (!isAtRisk()) {
      return BigDecimal.ZERO;
    }
    BigDecimal self = getSelfScore() == null ? BigDecimal.ZERO : getSelfScore();
    return leaf.node().getMaxScore().subtract(self);
  }
}
