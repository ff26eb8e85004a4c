package vn.parindex.assessment;

import java.math.BigDecimal;

/**
 * One leaf's scores over all subjects of a campaign: the self-scores' sum, how many subjects flag
 * it at risk, and the self-scores of those.
 */
public record NodeTally(
    String nodeCode, BigDecimal selfSum, long atRisk, BigDecimal atRiskSelfSum) {
  /** Points likely lost on this leaf: its max for each subject flagging it, less their scores. */
  public BigDecimal pointsAtRisk(BigDecimal max) {
    return max.multiply(BigDecimal.valueOf(atRisk)).subtract(atRiskSelfSum);
  }
}
