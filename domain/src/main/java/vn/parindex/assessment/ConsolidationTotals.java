package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The sums at the head of the consolidation, over every leaf of every subject: the self total, by
 * field and by lead unit (self-scores, maxima, points at risk).
 */
public record ConsolidationTotals(BigDecimal self, List<Sum> byField, List<Sum> byLead) {
  /** A sum of self-scores against maxima, for one field or one lead unit. */
  public record Sum(String key, BigDecimal self, BigDecimal max, BigDecimal atRisk) {
    Sum plus(BigDecimal moreSelf, BigDecimal moreMax, BigDecimal moreAtRisk) {
      return new Sum(key, self.add(moreSelf), max.add(moreMax), atRisk.add(moreAtRisk));
    }

    static Sum empty(String key) {
      return new Sum(key, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
  }
}
