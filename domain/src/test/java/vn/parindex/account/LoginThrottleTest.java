package vn.parindex.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private static final Instant T0 = Instant.parse("2022-12-05T08:00:00Z");

  @Test
  void fiveFailuresWithinFifteenMinutesLockForFifteenMinutes() {
    LoginThrottle throttle = new LoginThrottle();
    for (int i = 0; i < 4; i++) {
      assertFalse(throttle.recordFailure(T0.plus(Duration.ofMinutes(3L * i))));
    }
    assertTrue(throttle.recordFailure(T0.plus(Duration.ofMinutes(14))));
    Instant lockedAt = T0.plus(Duration.ofMinutes(14));
    assertTrue(throttle.isLocked(lockedAt));
    assertTrue(throttle.isLocked(lockedAt.plus(Duration.ofMinutes(14).plusSeconds(59))));
    assertFalse(throttle.isLocked(lockedAt.plus(Duration.ofMinutes(15))));
  }

  @Test
  void failuresSpreadBeyondTheWindowNeverLock() {
    LoginThrottle throttle = new LoginThrottle();
    for (int i = 0; i < 20; i++) {
      assertFalse(throttle.recordFailure(T0.plus(Duration.ofMinutes(4L * i))));
      assertFalse(throttle.isLocked(T0.plus(Duration.ofMinutes(4L * i))));
    }
  }

  @Test
  void theWindowStartsAtTheFirstFailureAfterItExpired() {
    LoginThrottle throttle = new LoginThrottle();
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure(T0);
    }
    Instant later = T0.plus(Duration.ofMinutes(15));
    assertFalse(throttle.recordFailure(later));
    assertEquals(1, throttle.failures());
  }

  @Test
  void resetClearsCountAndLock() {
    LoginThrottle throttle = new LoginThrottle();
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure(T0);
    }
    assertTrue(throttle.isLocked(T0));
    throttle.reset();
    assertFalse(throttle.isLocked(T0));
    assertEquals(0, throttle.failures());
  }
}
