package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A leaf of a PROVINCIAL campaign where the Ministry's appraisal cut the province's self-score, or
 * that the province explained: the points, the lead unit's explanation and Sở Nội vụ's review, the
 * documents added since the Ministry appraised, and the Ministry's final points once given.
 */
public record MinistryCut(
    String nodeCode,
    String title,
    BigDecimal maxScore,
    String leadUnitCode,
    BigDecimal selfScore,
    BigDecimal appraised,
    BigDecimal finalPoints,
    Explanation explanation,
    List<NewDocument> newDocuments) {

  /** A document linked to the leaf after the Ministry appraised it. */
  public record NewDocument(long id, String description, Instant linkedAt) {}

  /** Points cut: self-score − the Ministry's appraised points. */
  public BigDecimal cut() {
    return selfScore == null || appraised == null ? null : selfScore.subtract(appraised);
  }

  /** Written, and neither accepted nor returned yet. */
  public boolean awaitingReview() {
    return explanation != null && explanation.getReview() == null;
  }

  public boolean accepted() {
    return explanation != null && explanation.getReview() == ExplanationReview.ACCEPTED;
  }
}
