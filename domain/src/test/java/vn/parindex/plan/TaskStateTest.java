package vn.parindex.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskStateTest {
  private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

  @Test
  void aTaskDoneOnItsDeadlineIsOnTimeAndTheDayAfterLate() {
    assertEquals(TaskState.DONE_ON_TIME, TaskState.of(DUE, TaskStatus.DONE, DUE, DUE.plusDays(40)));
    assertEquals(0, TaskState.daysLate(DUE, TaskStatus.DONE, DUE, DUE.plusDays(40)));
    assertEquals(
        TaskState.DONE_LATE, TaskState.of(DUE, TaskStatus.DONE, DUE.plusDays(1), DUE.plusDays(40)));
    assertEquals(3, TaskState.daysLate(DUE, TaskStatus.DONE, DUE.plusDays(3), DUE.plusDays(40)));
    assertTrue(TaskState.DONE_LATE.late());
    assertTrue(TaskState.DONE_LATE.done());
  }

  @Test
  void aTaskNotDoneIsOverdueFromTheDayAfterItsDeadlineCountedToToday() {
    assertEquals(TaskState.IN_PROGRESS, TaskState.of(DUE, TaskStatus.IN_PROGRESS, null, DUE));
    assertEquals(TaskState.NOT_STARTED, TaskState.of(DUE, TaskStatus.NOT_STARTED, null, DUE));
    assertEquals(
        TaskState.OVERDUE, TaskState.of(DUE, TaskStatus.IN_PROGRESS, null, DUE.plusDays(1)));
    assertEquals(
        TaskState.OVERDUE, TaskState.of(DUE, TaskStatus.NOT_STARTED, null, DUE.plusDays(10)));
    assertEquals(10, TaskState.daysLate(DUE, TaskStatus.NOT_STARTED, null, DUE.plusDays(10)));
    assertEquals(0, TaskState.daysLate(DUE, TaskStatus.IN_PROGRESS, null, DUE));
    assertFalse(TaskState.IN_PROGRESS.late());
  }

  @Test
  void theTallyCountsEveryStateAndTheShareDone() {
    PlanTally tally =
        PlanTally.of(
            List.of(
                TaskState.DONE_ON_TIME,
                TaskState.DONE_ON_TIME,
                TaskState.DONE_LATE,
                TaskState.OVERDUE));
    assertEquals(4, tally.total());
    assertEquals(3, tally.done());
    assertEquals(75, tally.percentDone());
    assertEquals(1, tally.in("OVERDUE"));
    assertEquals(0, tally.count(TaskState.NOT_STARTED));
    assertEquals(0, PlanTally.of(List.of()).percentDone());
  }

  @Test
  void aPeriodIsAMonthOrAQuarterAndNothingElse() {
    assertEquals("2026-03", ReportPeriod.parse("2026-03").code());
    assertEquals("Tháng 3/2026", ReportPeriod.parse(" 2026-03 ").documentLabel());
    assertEquals("Quý IV/2026", ReportPeriod.parse("2026-Q4").documentLabel());
    assertEquals(null, ReportPeriod.parse("2026-13"));
    assertEquals(null, ReportPeriod.parse("2026-Q5"));
    assertEquals(null, ReportPeriod.parse("03/2026"));
    assertEquals(null, ReportPeriod.parse(null));
  }
}
