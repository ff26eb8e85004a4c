package vn.parindex.framework;

import java.math.BigDecimal;

/** A validated node, typed: what a framework stores. {@code max} is null while unknown. */
public record NodeSpec(
    String code,
    String parentCode,
    NodeKind kind,
    String nameVi,
    String nameEn,
    BigDecimal max,
    Method method,
    String notes,
    RuleType ruleType,
    String ruleParams,
    String scoringGuidance,
    String evidenceGuidance,
    boolean leaf) {

  public boolean verified() {
    return notes == null || !notes.contains(NodeRow.UNVERIFIED);
  }

  /** Back to a table row, so that export and import meet in one layout. */
  public NodeRow toRow(int row) {
    return new NodeRow(
        row,
        code,
        parentCode == null ? "" : parentCode,
        String.valueOf(kind.level()),
        nz(nameVi),
        nz(nameEn),
        max == null ? "" : max.toPlainString(),
        method.name(),
        nz(notes),
        ruleType == null ? "" : ruleType.name(),
        nz(ruleParams),
        nz(scoringGuidance),
        nz(evidenceGuidance));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
