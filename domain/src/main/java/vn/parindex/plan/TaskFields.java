package vn.parindex.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A task's values as typed or read from a table, not yet checked; null where not given.
 *
 * @param partners the coordinating units' codes
 * @param criteria the codes of the criteria it serves
 */
public record TaskFields(
    Integer number,
    String content,
    String leadCode,
    LocalDate deadline,
    List<String> partners,
    String indicator,
    BigDecimal target,
    List<String> criteria) {}
