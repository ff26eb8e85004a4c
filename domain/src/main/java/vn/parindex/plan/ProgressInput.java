package vn.parindex.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A progress report as sent.
 *
 * @param period {@code 2026-03} or {@code 2026-Q1}
 * @param doneOn the day it was done, where done (today if none)
 * @param evidence the ids of the evidence documents that show it
 */
public record ProgressInput(
    String period,
    TaskStatus status,
    BigDecimal reached,
    LocalDate doneOn,
    String note,
    List<Long> evidence) {
  public ProgressInput {
    // Kept with any null in it, which the check refuses by name rather than failing on it.
    evidence =
        evidence == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(evidence));
  }
}
