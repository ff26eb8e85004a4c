package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.List;
import vn.parindex.organisation.UnitKind;

/**
 * What one subject obtained, leaf by leaf, with its bonus and penalty points: the input of the
 * results. A leaf marked not applicable to the subject leaves both its points and its max out.
 */
public record SubjectPoints(
    String unitCode, UnitKind group, List<Leaf> leaves, BigDecimal bonus, BigDecimal penalty) {

  /** One leaf: its field, max, the final points (null: none yet) and whether it applies. */
  public record Leaf(
      String nodeCode, String fieldCode, BigDecimal max, BigDecimal points, boolean applicable) {}
}
