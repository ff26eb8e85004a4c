package vn.parindex.notice;

/** What a notice tells; each has its text {@code notice.KIND} in the bundles. */
public enum NoticeKind {
  LEAF_RETURNED,
  REQUEST_RECEIVED,
  REQUEST_ANSWERED,
  EXPLANATION_ASKED,
  SUBMISSION_APPROVED,
  SUBMISSION_RETURNED,
  PHASE_SOON
}
