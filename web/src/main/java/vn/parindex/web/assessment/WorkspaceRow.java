package vn.parindex.web.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.framework.FrameworkNode;

/**
 * A row of the workspace tree: a leaf the unit scores, or a field or criterion above such leaves
 * with the self-score and max of those leaves rolled up.
 */
public final class WorkspaceRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final transient FrameworkNode node;
  private final transient WorkspaceLeaf leaf;
  private final BigDecimal selfScore;
  private final BigDecimal max;

  private WorkspaceRow(
      FrameworkNode node, WorkspaceLeaf leaf, BigDecimal selfScore, BigDecimal max) {
    this.node = node;
    this.leaf = leaf;
    this.selfScore = selfScore;
    this.max = max;
  }

  static WorkspaceRow leaf(WorkspaceLeaf leaf) {
    return new WorkspaceRow(
        leaf.getNode(), leaf, leaf.getSelfScore(), leaf.getNode().getMaxScore());
  }

  /** A field or criterion over {@code below}: the sums of the unit's leaves under it. */
  static WorkspaceRow branch(FrameworkNode node, List<WorkspaceLeaf> below) {
    BigDecimal self =
        below.stream()
            .map(WorkspaceLeaf::getSelfScore)
            .filter(Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal max =
        below.stream().map(l -> l.getNode().getMaxScore()).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new WorkspaceRow(node, null, self, max);
  }

  public boolean isLeaf() {
    return leaf != null;
  }

  public String getCode() {
    return node.getCode();
  }

  public FrameworkNode getNode() {
    return node;
  }

  public WorkspaceLeaf getLeafView() {
    return leaf;
  }

  public BigDecimal getSelfScore() {
    return selfScore;
  }

  public BigDecimal getMax() {
    return max;
  }
}
