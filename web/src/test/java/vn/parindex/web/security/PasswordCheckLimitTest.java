package vn.parindex.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PasswordCheckLimitTest {
  private final MovableClock clock = new MovableClock();
  private final PasswordCheckLimit limit = new PasswordCheckLimit();

  PasswordCheckLimitTest() {
    limit.clock = clock;
  }

  @Test
  void aBurstPassesAndTheNextCheckWaits() {
    for (int i = 0; i < PasswordCheckLimit.BURST; i++) {
      assertTrue(limit.take("10.0.0.7"), "check " + (i + 1));
    }
    assertFalse(limit.take("10.0.0.7"));
    assertTrue(limit.take("10.0.0.8"), "another client has its own bucket");
  }

  @Test
  void aCheckThatSucceededCostsNothing() {
    for (int i = 0; i < PasswordCheckLimit.BURST * 3; i++) {
      assertTrue(limit.take("10.0.0.7"), "check " + (i + 1));
      limit.refund("10.0.0.7");
    }
  }

  @Test
  void theBucketRefillsWithTime() {
    for (int i = 0; i < PasswordCheckLimit.BURST; i++) {
      limit.take("10.0.0.7");
    }
    clock.now = clock.now.plus(Duration.ofMillis(1000 / PasswordCheckLimit.PER_SECOND));
    assertTrue(limit.take("10.0.0.7"));
    assertFalse(limit.take("10.0.0.7"));
    clock.now = clock.now.plus(Duration.ofHours(1));
    for (int i = 0; i < PasswordCheckLimit.BURST; i++) {
      assertTrue(limit.take("10.0.0.7"), "never more than the burst is saved up");
    }
    assertFalse(limit.take("10.0.0.7"));
  }

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-12-02T08:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
