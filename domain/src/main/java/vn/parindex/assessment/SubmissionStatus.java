package vn.parindex.assessment;

/** Where a unit's part of a campaign stands: being filled, sent by the officer, signed off. */
public enum SubmissionStatus {
  DRAFT,
  SUBMITTED,
  APPROVED
}
