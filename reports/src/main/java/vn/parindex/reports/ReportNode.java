package vn.parindex.reports;

import java.math.BigDecimal;
import java.util.Map;
import vn.parindex.framework.NodeCode;

/**
 * A node of the framework as a report lists it, in the framework's order; {@code surveyed} for a
 * leaf whose points come from the sociological survey, not from the self-assessment.
 */
record ReportNode(String code, String title, BigDecimal max, boolean surveyed) {
  ReportNode(String code, String title, BigDecimal max) {
    this(code, title, max, false);
  }

  /** A field (lĩnh vực): the top level, which the tables print in bold. */
  boolean field() {
    return code.indexOf('.') < 0;
  }

  /** The sum of the leaves' values within this node; none when no leaf under it has a value. */
  BigDecimal sum(Map<String, BigDecimal> leafValues) {
    return leafValues.entrySet().stream()
        .filter(e -> e.getValue() != null && NodeCode.isWithin(e.getKey(), code))
        .map(Map.Entry::getValue)
        .reduce(BigDecimal::add)
        .orElse(null);
  }
}
