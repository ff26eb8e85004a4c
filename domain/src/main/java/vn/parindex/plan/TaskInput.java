package vn.parindex.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A task as typed or read from the plan's appendix table, checked.
 *
 * @param number its number in the plan (STT), which a second import finds it by
 * @param partners the coordinating units' codes
 * @param criteria the framework criteria's codes
 */
public record TaskInput(
    int number,
    String content,
    String leadCode,
    List<String> partners,
    LocalDate deadline,
    String indicator,
    BigDecimal target,
    List<String> criteria) {
  public TaskInput {
    partners = List.copyOf(partners);
    criteria = List.copyOf(criteria);
  }
}
