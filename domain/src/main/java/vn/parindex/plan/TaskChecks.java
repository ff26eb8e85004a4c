package vn.parindex.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.parindex.shared.Text;

/**
 * What a task must be, whether typed or read from the appendix table: the same rules, each problem
 * named against the field or column it is in.
 */
final class TaskChecks {
  static final int MAX_CONTENT = 1000;
  static final int MAX_INDICATOR = 300;
  static final int MAX_NUMBER = 10_000;
  static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");

  /** A criterion's code: a field, criterion, sub-criterion or point (1, 1.1, 1.1.2, 1.1.2.3). */
  private static final Pattern CRITERION = Pattern.compile("\\d{1,2}(\\.\\d{1,2}){0,3}");

  private TaskChecks() {}

  /** Where a problem goes: the column (or field) it is in, its message key and arguments. */
  @FunctionalInterface
  interface Sink {
    void add(String column, String key, Object... arguments);
  }

  /**
   * The task, or null with its problems given to {@code sink}.
   *
   * @param units the codes of the province's units
   * @param year the plan's year: a task is due in it, the year before or the year after
   */
  static TaskInput check(TaskFields in, Set<String> units, int year, Sink sink) {
    if (problems(in, units, year, sink) > 0) {
      return null;
    }
    return new TaskInput(
        in.number(),
        Text.nfc(in.content()),
        in.leadCode(),
        distinct(in.partners()),
        in.deadline(),
        blankToNull(in.indicator()),
        in.target(),
        distinct(in.criteria()));
  }

  private static int problems(TaskFields in, Set<String> units, int year, Sink sink) {
    List<String> found = new ArrayList<>();
    Sink counting =
        (column, key, args) -> {
          found.add(key);
          sink.add(column, key, args);
        };
    if (in.number() == null || in.number() < 1 || in.number() > MAX_NUMBER) {
      counting.add("no", "plan.task.numberRange", MAX_NUMBER);
    }
    text("content", in.content(), MAX_CONTENT, true, counting);
    text("indicator", in.indicator(), MAX_INDICATOR, false, counting);
    if (in.leadCode() == null || in.leadCode().isBlank()) {
      counting.add("lead_unit", "field.required");
    } else if (!units.contains(in.leadCode())) {
      counting.add("lead_unit", "plan.task.unit", in.leadCode());
    }
    // A JSON list may hold a null: it is no unit and no criterion, named as such, never a failure.
    for (String partner : in.partners() == null ? List.<String>of() : in.partners()) {
      if (partner == null || !units.contains(partner)) {
        counting.add("partner_units", "plan.task.unit", String.valueOf(partner));
      }
    }
    if (in.deadline() == null) {
      counting.add("deadline", "field.required");
    } else if (Math.abs(in.deadline().getYear() - year) > 1) {
      counting.add("deadline", "plan.task.deadline.range", year - 1, year + 1);
    }
    if (outOfRange(in.target())) {
      counting.add("target", "plan.value.range");
    }
    for (String criterion : in.criteria() == null ? List.<String>of() : in.criteria()) {
      if (criterion == null || !CRITERION.matcher(criterion).matches()) {
        counting.add("criteria", "plan.task.criterion", String.valueOf(criterion));
      }
    }
    if (String.join(",", in.criteria() == null ? List.of() : in.criteria()).length() > 200
        || String.join(",", in.partners() == null ? List.of() : in.partners()).length() > 500) {
      counting.add("criteria", "plan.task.tooMany");
    }
    return found.size();
  }

  /** A target or a value reached that is negative, over {@link #MAX_VALUE} or finer than 0,01. */
  static boolean outOfRange(BigDecimal value) {
    return value != null
        && (value.signum() < 0
            || value.compareTo(MAX_VALUE) > 0
            || value.stripTrailingZeros().scale() > 2);
  }

  private static void text(String column, String value, int max, boolean required, Sink sink) {
    if (value != null && Text.hasControlCharacters(value)) {
      sink.add(column, "text.control");
    } else if (value != null && value.length() > max) {
      sink.add(column, "text.tooLong", max);
    } else if (required && (value == null || value.isBlank())) {
      sink.add(column, "field.required");
    }
  }

  private static List<String> distinct(List<String> codes) {
    return codes == null ? List.of() : List.copyOf(new LinkedHashSet<>(codes));
  }

  private static String blankToNull(String text) {
    String value = Text.nfc(text);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
