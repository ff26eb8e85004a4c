package vn.parindex.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.parindex.shared.CsvReader;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/**
 * A plan's appendix table of tasks, in the layout {@code
 * no,content,lead_unit,deadline[,partner_units,indicator,target,criteria]}: units and criteria as
 * codes separated by commas or semicolons, days as 31/12/2026 or 2026-12-31, the target as 95 or
 * 95,5. Every problem is reported at once by row and column; nothing is kept otherwise.
 */
public final class TaskTable {
  static final List<String> COLUMNS =
      List.of(
          "no",
          "content",
          "lead_unit",
          "deadline",
          "partner_units",
          "indicator",
          "target",
          "criteria");

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private TaskTable() {}

  /**
   * @param units the codes of the province's units
   * @param year the plan's year
   */
  public static List<TaskInput> parse(List<List<String>> records, Set<String> units, int year) {
    if (records.isEmpty() || !CsvReader.headerMatches(records.get(0), COLUMNS, 4)) {
      throw InvalidInputException.of(
          Violation.ofCell(1, "no", "plan.table.header", String.join(",", COLUMNS)));
    }
    List<Violation> problems = new ArrayList<>();
    List<TaskInput> tasks = new ArrayList<>();
    Set<Integer> numbers = new HashSet<>();
    CsvReader.eachRow(
        records,
        4,
        COLUMNS.size(),
        "no",
        problems,
        (row, cells) -> {
          // One problem per cell: a day that cannot be read is not also reported as missing.
          Set<String> flagged = new HashSet<>();
          TaskChecks.Sink sink =
              (column, key, args) -> {
                if (flagged.add(column)) {
                  problems.add(Violation.ofCell(row, column, key, args));
                }
              };
          TaskInput task = TaskChecks.check(given(cells, sink), units, year, sink);
          if (task != null && !numbers.add(task.number())) {
            sink.add("no", "plan.table.duplicate", task.number());
          } else if (task != null) {
            tasks.add(task);
          }
        });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (tasks.isEmpty()) {
      throw InvalidInputException.of(Violation.ofCell(2, "no", "plan.table.empty"));
    }
    return tasks;
  }

  private static TaskFields given(List<String> cells, TaskChecks.Sink sink) {
    return new TaskFields(
        number(cell(cells, 0), sink),
        cell(cells, 1),
        cell(cells, 2),
        day(cell(cells, 3), sink),
        TaskFields.codes(cell(cells, 4)),
        cell(cells, 5),
        value(cell(cells, 6), sink),
        TaskFields.codes(cell(cells, 7)));
  }

  /** A whole number; "1." as some tables number their rows is 1. */
  private static Integer number(String text, TaskChecks.Sink sink) {
    String digits = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    try {
      return Integer.valueOf(digits);
    } catch (NumberFormatException e) {
      sink.add("no", "plan.task.numberRange", TaskChecks.MAX_NUMBER);
      return null;
    }
  }

  /** A day written 31/12/2026 or 2026-12-31, or null when empty. */
  private static LocalDate day(String text, TaskChecks.Sink sink) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, DAY);
    } catch (DateTimeParseException e) {
      sink.add("deadline", "plan.table.day", text);
      return null;
    }
  }

  /** A number written 95, 95.5 or 95,5 (the Vietnamese decimal comma), or null when empty. */
  static BigDecimal value(String text, TaskChecks.Sink sink) {
    if (text.isEmpty()) {
      return null;
    }
    String plain = text.contains(".") ? text : text.replace(',', '.');
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      sink.add("target", "plan.table.number", text);
      return null;
    }
  }

  private static String cell(List<String> cells, int i) {
    return i < cells.size() ? cells.get(i).strip() : "";
  }
}
