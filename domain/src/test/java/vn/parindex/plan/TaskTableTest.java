package vn.parindex.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

class TaskTableTest {
  private static final Set<String> UNITS = Set.of("SNV", "STP", "VP");
  private static final String HEADER =
      "no,content,lead_unit,deadline,partner_units,indicator,target,criteria";

  private static List<List<String>> table(String... rows) {
    return Arrays.stream(rows).map(r -> Arrays.asList(r.split("\\|", -1))).toList();
  }

  @Test
  void readsTasksWithTheirUnitsDaysTargetsAndCriteria() {
    List<TaskInput> tasks =
        TaskTable.parse(
            table(
                HEADER.replace(',', '|'),
                "1.|Ban hành kế hoạch CCHC năm|SNV|31/01/2026|STP; VP|Kế hoạch|1|1.1",
                "2|Tỷ lệ hồ sơ trực tuyến|VP|2026-12-31||Tỷ lệ %|95,5|6.2.1, 6.2.2"),
            UNITS,
            2026);
    assertEquals(2, tasks.size());
    TaskInput first = tasks.get(0);
    assertEquals(1, first.number());
    assertEquals(List.of("STP", "VP"), first.partners());
    assertEquals(LocalDate.of(2026, 1, 31), first.deadline());
    assertEquals(List.of("1.1"), first.criteria());
    assertEquals(new BigDecimal("95.5"), tasks.get(1).target());
    assertEquals(List.of("6.2.1", "6.2.2"), tasks.get(1).criteria());
  }

  @Test
  void reportsEveryWrongCellByRowAndColumnOncePerCell() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                TaskTable.parse(
                    table(
                        HEADER.replace(',', '|'),
                        "1|Việc một|XYZ|31/02/2026||||",
                        "1|Việc hai|SNV|31/12/2030||||abc",
                        "x||SNV|31/12/2026||||",
                        "3|Việc ba|SNV|31/12/2026|||-5|"),
                    UNITS,
                    2026));
    Set<String> found =
        refused.violations().stream()
            .map(v -> v.row() + ":" + v.column() + ":" + v.messageKey())
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "2:lead_unit:plan.task.unit",
            "2:deadline:plan.table.day",
            "3:deadline:plan.task.deadline.range",
            "3:criteria:plan.task.criterion",
            "4:no:plan.task.numberRange",
            "4:content:field.required",
            "5:target:plan.value.range"),
        found);
  }

  @Test
  void aNumberTwiceInTheTableIsRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                TaskTable.parse(
                    table(
                        "no|content|lead_unit|deadline",
                        "1|A|SNV|31/12/2026",
                        "1|B|SNV|31/12/2026"),
                    UNITS,
                    2026));
    Violation v = refused.violations().get(0);
    assertEquals(3, v.row());
    assertEquals("plan.table.duplicate", v.messageKey());
  }

  @Test
  void aWrongHeaderOrAnEmptyTableIsRefused() {
    assertThrows(
        InvalidInputException.class,
        () -> TaskTable.parse(table("unit_code|full_name"), UNITS, 2026));
    InvalidInputException empty =
        assertThrows(
            InvalidInputException.class,
            () -> TaskTable.parse(table("no|content|lead_unit|deadline"), UNITS, 2026));
    assertEquals("plan.table.empty", empty.violations().get(0).messageKey());
  }

  @Test
  void aNullInATypedListIsNamedNotAFailure() {
    List<String> withNull = Arrays.asList("SNV", null);
    List<Violation> problems = new ArrayList<>();
    TaskInput task =
        TaskChecks.check(
            new TaskFields(
                1, "Việc", "SNV", LocalDate.of(2026, 6, 30), withNull, null, null, withNull),
            UNITS,
            2026,
            (column, key, args) -> problems.add(Violation.ofField(column, key, args)));
    assertEquals(null, task);
    assertEquals(
        Set.of("partner_units:plan.task.unit", "criteria:plan.task.criterion"),
        problems.stream().map(v -> v.field() + ":" + v.messageKey()).collect(Collectors.toSet()));
  }
}
