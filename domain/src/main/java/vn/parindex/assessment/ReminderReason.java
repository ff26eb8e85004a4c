package vn.parindex.assessment;

/** Why a unit is reminded. */
public enum ReminderReason {
  /** Its focal pair is not nominated and the nomination is due. */
  NOMINATION,
  /** Its self-assessment is not sent and the closing date is near or past. */
  SUBMISSION,
  /** Evidence other units asked it for is overdue. */
  EVIDENCE_REQUESTS,
  /** Fewer of its leaders answered the survey than its quota. */
  SURVEY
}
