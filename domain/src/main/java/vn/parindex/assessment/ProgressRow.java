package vn.parindex.assessment;

import java.time.Instant;

/**
 * How far one responsible unit is with its part of a campaign, and how often it had to be reminded:
 * the record the founding dispatch asks Sở Nội vụ to keep when it reports slow or careless units to
 * the People's Committee.
 */
public record ProgressRow(
    String unitCode,
    String unitName,
    boolean nominated,
    int leaves,
    int scored,
    int withEvidence,
    SubmissionStatus status,
    Instant submittedAt,
    Boolean onTime,
    int timesReturned,
    int overdueRequests,
    int reminders) {

  /** Share of the unit's leaves scored, in %, 2 places. */
  public double scoredShare() {
    return leaves == 0 ? 0 : Math.round(scored * 10000.0 / leaves) / 100.0;
  }

  public double evidenceShare() {
    return leaves == 0 ? 0 : Math.round(withEvidence * 10000.0 / leaves) / 100.0;
  }
}
