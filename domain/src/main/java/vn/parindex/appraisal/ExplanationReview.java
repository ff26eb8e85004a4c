package vn.parindex.appraisal;

/** What Sở Nội vụ decided on a lead unit's explanation to the Ministry. */
public enum ExplanationReview {
  /** Goes to the Ministry with the province's explanation. */
  ACCEPTED,
  /** Back to the lead unit with a note; it goes nowhere unless rewritten and accepted. */
  RETURNED
}
