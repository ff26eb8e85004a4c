package vn.parindex.shared;

import java.util.List;

/** Stores the claims of scheduled runs; implemented in the persistence module. */
public interface ScheduledRunRepository {
  /**
   * Stores the claim and answers true, or answers false when the job's day is claimed already (by
   * this server or another), leaving the transaction to be rolled back.
   */
  boolean claim(ScheduledRun run);

  /** A job's claims, the latest first. */
  List<ScheduledRun> of(String job);
}
