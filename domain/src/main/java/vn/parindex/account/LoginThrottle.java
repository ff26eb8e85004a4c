package vn.parindex.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Locks an account after {@value #MAX_FAILURES} failed logins within {@link #WINDOW}, for {@link
 * #LOCK}. A failure outside the window starts a new count, so an occasional typo over a day never
 * locks anyone out.
 */
@Embeddable
public class LoginThrottle implements Serializable {
  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration LOCK = Duration.ofMinutes(15);

  @Column(name = "failed_logins", nullable = false)
  private int failures;

  @Column(name = "failure_window_start")
  private Instant windowStart;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }

  /** Counts a wrong password; returns true when this failure locked the account. */
  public boolean recordFailure(Instant now) {
    if (windowStart == null || !now.isBefore(windowStart.plus(WINDOW))) {
      windowStart = now;
      failures = 0;
    }
    failures++;
    if (failures >= MAX_FAILURES) {
      lockedUntil = now.plus(LOCK);
      failures = 0;
      windowStart = null;
      return true;
    }
    return false;
  }

  public void reset() {
    failures = 0;
    windowStart = null;
    lockedUntil = null;
  }

  int failures() {
    return failures;
  }
}
