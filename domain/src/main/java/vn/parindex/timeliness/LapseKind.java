package vn.parindex.timeliness;

/**
 * What a unit let slip in one campaign or plan of the year, as the founding dispatch asks Sở Nội vụ
 * to follow it.
 */
public enum LapseKind {
  /** Its focal pair named after the nomination was due, or not yet named. */
  NOMINATION_LATE("Cử đầu mối muộn"),
  /** Its self-assessment sent after the closing date, or not yet sent. */
  SUBMISSION_LATE("Gửi kết quả muộn"),
  /** Its work sent back by Sở Nội vụ or the appraising department, whole or one criterion. */
  RETURNED("Bị trả lại"),
  /** A reminder delivered to it. */
  REMINDED("Bị nhắc"),
  /** Evidence another unit asked it for, given after the date asked or not yet given. */
  EVIDENCE_LATE("Cung cấp tài liệu muộn"),
  /** Its leaders' answers to the survey reached the quota after the deadline, or not yet. */
  SURVEY_MISSED("Khảo sát chưa đủ số phiếu đúng hạn"),
  /** A task it leads in a plan of the year done after its deadline, or overdue and not done. */
  PLAN_TASK_LATE("Nhiệm vụ kế hoạch quá hạn");

  private final String documentLabel;

  LapseKind(String documentLabel) {
    this.documentLabel = documentLabel;
  }

  /**
   * Its name in the province's documents and in the reason a deduction is recorded with, which stay
   * in Vietnamese whatever language the reader's pages are in.
   */
  public String documentLabel() {
    return documentLabel;
  }

  /** The key of its label in the bundles. */
  public String messageKey() {
    return "timeliness.kind." + name();
  }
}
