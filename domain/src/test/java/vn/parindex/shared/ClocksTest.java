package vn.parindex.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The application's "today" is the province's date, whatever zone the server runs in. */
class ClocksTest {
  @Test
  void halfPastMidnightInHaTinhIsAlreadyTheNextDay() {
    Clock produced = new Clocks().systemClock();
    assertEquals(Clocks.VIETNAM, produced.getZone());
    // 17:30 UTC on the 15th is 00:30 on the 16th in Hà Tĩnh: a deadline of the 15th has passed.
    Clock atThatInstant = Clock.fixed(Instant.parse("2026-12-15T17:30:00Z"), produced.getZone());
    assertEquals(LocalDate.parse("2026-12-16"), LocalDate.now(atThatInstant));
  }
}
