package vn.parindex.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
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
    List<String> criteria) {

  /**
   * Unit or criterion codes as typed in a table's cell or a form's field: separated by commas or
   * semicolons, blanks left out.
   */
  public static List<String> codes(String typed) {
    return typed == null
        ? List.of()
        : Arrays.stream(typed.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
