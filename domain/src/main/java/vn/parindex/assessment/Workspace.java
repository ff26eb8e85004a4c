package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.parindex.campaign.Campaign;
import vn.parindex.framework.NodeCode;
import vn.parindex.organisation.OrganisationUnit;

/** What one unit must score in a campaign, where it stands, and whether it may still edit. */
public record Workspace(
    Campaign campaign,
    OrganisationUnit unit,
    Submission submission,
    boolean editable,
    List<WorkspaceLeaf> leaves) {

  /** A field's self-score and max over the leaves in this workspace. */
  public record FieldTotal(String code, BigDecimal self, BigDecimal max) {}

  /** The leaves by field (the first segment of the code), in field order. */
  public Map<String, List<WorkspaceLeaf>> byField() {
    Map<String, List<WorkspaceLeaf>> byField = new LinkedHashMap<>();
    leaves.forEach(
        l -> byField.computeIfAbsent(NodeCode.fieldOf(l.getCode()), f -> new ArrayList<>()).add(l));
    return byField;
  }

  /** Self-score and max summed by field, in field order. */
  public List<FieldTotal> fieldTotals() {
    return byField().entrySet().stream()
        .map(e -> new FieldTotal(e.getKey(), self(e.getValue()), max(e.getValue())))
        .toList();
  }

  public BigDecimal selfTotal() {
    return self(leaves);
  }

  public BigDecimal maxTotal() {
    return max(leaves);
  }

  private static BigDecimal self(List<WorkspaceLeaf> leaves) {
    return leaves.stream()
        .map(WorkspaceLeaf::getSelfScore)
        .filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal max(List<WorkspaceLeaf> leaves) {
    return leaves.stream()
        .map(l -> l.getNode().getMaxScore())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal pointsAtRisk() {
    return leaves.stream()
        .map(WorkspaceLeaf::getPointsAtRisk)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
