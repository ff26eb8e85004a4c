package vn.parindex.ranking;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import vn.parindex.organisation.UnitKind;

/** A subject's result: total, applicable max, index, rank in its group, band, field indexes. */
public record Result(
    String unitCode,
    UnitKind group,
    BigDecimal total,
    BigDecimal applicableMax,
    BigDecimal index,
    int rank,
    Integer previousRank,
    String classification,
    List<FieldResult> fields)
    implements Serializable {

  /** A field's points, applicable max and index. */
  public record FieldResult(String code, BigDecimal points, BigDecimal max, BigDecimal index)
      implements Serializable {}

  /** Places gained since last year (positive: up), or null without a previous rank. */
  public Integer rankChange() {
    return previousRank == null ? null : previousRank - rank;
  }
}
