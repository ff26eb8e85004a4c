package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where the Ministry's appraisal of the province differed from its self-score: per leaf (with the
 * differences of earlier years) and summed per lead unit.
 */
public record Comparison(List<Node> nodes, List<Lead> leads) {
  /**
   * A leaf: self-score, the Ministry's points (its final points where it gave them after the
   * province's explanation, else its appraisal), appraised − self, and earlier years' differences
   * counted the same way.
   */
  public record Node(
      String nodeCode,
      String title,
      String leadUnitCode,
      BigDecimal selfScore,
      BigDecimal appraised,
      BigDecimal difference,
      List<YearDifference> history) {}

  /** A difference in an earlier year's campaign. */
  public record YearDifference(int year, BigDecimal difference) {}

  /** A lead unit's leaves that were both self-scored and appraised, summed. */
  public record Lead(
      String unitCode, BigDecimal selfScore, BigDecimal appraised, BigDecimal difference) {}
}
