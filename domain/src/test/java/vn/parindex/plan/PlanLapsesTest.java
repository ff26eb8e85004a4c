package vn.parindex.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitKind;
import vn.parindex.timeliness.Lapse;
import vn.parindex.timeliness.LapseKind;
import vn.parindex.timeliness.Lapses;

/**
 * A plan's tasks in the record of timeliness: one done late is a lapse on the day it was done, one
 * overdue is open from its deadline; one done on time or not yet due is none. And the latest
 * period's report is where a task stands.
 */
class PlanLapsesTest {
  private static final OrganisationUnit SNV =
      new OrganisationUnit("SNV", "Sở Nội vụ", null, UnitKind.DEPARTMENT);
  private static final OrganisationUnit STP =
      new OrganisationUnit("STP", "Sở Tư pháp", null, UnitKind.DEPARTMENT);
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

  private static PlanTask task(Plan plan, int number, OrganisationUnit lead, LocalDate deadline) {
    PlanTask task = new PlanTask(plan, number);
    task.describe(
        new TaskInput(
            number,
            "Nhiệm vụ " + number,
            lead.getCode(),
            List.of(),
            deadline,
            null,
            null,
            List.of("1.1")),
        lead,
        "snv",
        NOW);
    return task;
  }

  private static void report(PlanTask task, String period, TaskStatus status, LocalDate doneOn) {
    TaskReport report = new TaskReport(task, period);
    report.fill(
        new ProgressInput(period, status, BigDecimal.ONE, doneOn, null, List.of()), "snv", NOW);
    task.stand(report, "snv", NOW);
  }

  @Test
  void aTaskDoneLateOrOverdueIsALapseOfItsLeadUnitAndOneOnTimeIsNone() {
    Plan plan = new Plan(PlanKind.PROVINCE_ANNUAL, SNV);
    plan.describe("520/KH-UBND", null, null, 2026, "Kế hoạch CCHC năm 2026", "snv", NOW);
    PlanTask onTime = task(plan, 1, SNV, LocalDate.of(2026, 3, 31));
    report(onTime, "2026-Q1", TaskStatus.DONE, LocalDate.of(2026, 3, 31));
    PlanTask late = task(plan, 2, STP, LocalDate.of(2026, 6, 30));
    report(late, "2026-07", TaskStatus.DONE, LocalDate.of(2026, 7, 10));
    PlanTask overdue = task(plan, 3, STP, LocalDate.of(2026, 11, 30));
    report(overdue, "2026-11", TaskStatus.IN_PROGRESS, null);
    PlanTask notDue = task(plan, 4, SNV, LocalDate.of(2026, 12, 31));

    List<Lapse> lapses = Lapses.ofPlanTasks(List.of(onTime, late, overdue, notDue), TODAY);

    assertEquals(2, lapses.size());
    Lapse doneLate = lapses.get(0);
    assertEquals("STP", doneLate.unitCode());
    assertEquals(LapseKind.PLAN_TASK_LATE, doneLate.kind());
    assertEquals("Kế hoạch 520/KH-UBND, nhiệm vụ 2", doneLate.campaignName());
    assertEquals(LocalDate.of(2026, 7, 10), doneLate.on());
    assertEquals(10, doneLate.daysLate());
    assertFalse(doneLate.open());
    Lapse open = lapses.get(1);
    assertEquals(LocalDate.of(2026, 11, 30), open.on());
    assertEquals(7, open.daysLate(), "to today");
    assertTrue(open.open());
  }

  @Test
  void aTaskServesTheCriterionNamedAndTheCriteriaUnderIt() {
    Plan plan = new Plan(PlanKind.UNIT_ANNUAL, SNV);
    PlanTask t = task(plan, 1, SNV, LocalDate.of(2026, 3, 31));
    assertTrue(t.serves("1.1"));
    assertTrue(t.serves("1.1.2"));
    assertFalse(t.serves("1.10"), "1.10 is not under 1.1");
    assertFalse(t.serves("2.1"));
    assertEquals("1.1", t.getCriteriaText());
  }
}
