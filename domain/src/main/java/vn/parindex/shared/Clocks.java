package vn.parindex.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock every service reads, so that deadlines and lockouts can be tested. */
@ApplicationScoped
public class Clocks {
  /** Where the province reads its clocks: deadlines are dates there, times are shown there. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /**
   * In Vietnam's zone, so that {@code LocalDate.now(clock)} is the province's date: a deadline of
   * 15/12 must close at midnight in Hà Tĩnh, not at 07:00 the next morning. Instants are the same
   * in every zone.
   */
  @Produces
  @ApplicationScoped
  Clock systemClock() {
    return Clock.system(VIETNAM);
  }
}
