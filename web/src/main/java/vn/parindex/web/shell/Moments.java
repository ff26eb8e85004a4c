package vn.parindex.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.parindex.shared.Clocks;

/**
 * Shows a stored instant as the province reads a clock: Vietnam time, {@code dd/MM/yyyy HH:mm}.
 * Instants are kept in UTC; this is the one place that turns them into local time.
 */
@Named
@ApplicationScoped
public class Moments {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Clocks.VIETNAM);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public String show(Instant instant) {
    return instant == null ? "" : FORMAT.format(instant);
  }

  /** A date as documents write it: {@code dd/MM/yyyy}. */
  public String date(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }
}
