package vn.parindex.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParticipationTest {
  private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 30);
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  private static Participation.Answer answered(String unit, int day) {
    return new Participation.Answer(
        unit, RespondentStatus.ANSWERED, LocalDate.of(2026, 11, 1).plusDays(day - 1L));
  }

  private static Participation.Answer invited(String unit) {
    return new Participation.Answer(unit, RespondentStatus.INVITED, null);
  }

  @Test
  void withoutAQuotaEveryoneOnTheListMustAnswer() {
    List<Participation.Line> lines =
        Participation.lines(
            List.of(answered("SNV", 10), invited("SNV"), answered("STP", 3)),
            Map.of(),
            DEADLINE,
            LocalDate.of(2026, 11, 20));
    Participation.Line snv = lines.get(0);
    assertEquals("SNV", snv.unitCode());
    assertEquals(2, snv.invited());
    assertEquals(1, snv.answered());
    assertEquals(2, snv.quota());
    assertFalse(snv.quotaSet());
    assertFalse(snv.met());
    assertEquals(50, snv.percent());
    assertEquals(0, snv.daysLate(), "the deadline has not passed");
    assertFalse(snv.open());
    assertTrue(lines.get(1).met());
    assertEquals(LocalDate.of(2026, 11, 3), lines.get(1).reachedOn());
  }

  @Test
  void aQuotaIsReachedOnTheDayItsLastNeededPersonAnswered() {
    Participation.Line line =
        Participation.lines(
                List.of(
                    answered("SNV", 29), answered("SNV", 2), invited("SNV"), answered("SNV", 5)),
                Map.of("SNV", 2),
                DEADLINE,
                TODAY)
            .get(0);
    assertTrue(line.quotaSet());
    assertEquals(4, line.invited());
    assertEquals(3, line.answered());
    assertTrue(line.met());
    assertEquals(LocalDate.of(2026, 11, 5), line.reachedOn(), "the 2nd answer in time order");
    assertEquals(0, line.daysLate());
    assertEquals(100, line.percent());
  }

  @Test
  void aQuotaReachedAfterTheDeadlineIsLateByTheDaysBetween() {
    Participation.Line line =
        Participation.lines(
                List.of(
                    answered("SNV", 2),
                    new Participation.Answer(
                        "SNV", RespondentStatus.ANSWERED, LocalDate.of(2026, 12, 3))),
                Map.of(),
                DEADLINE,
                TODAY)
            .get(0);
    assertTrue(line.met());
    assertEquals(3, line.daysLate());
    assertFalse(line.open());
  }

  @Test
  void aQuotaStillNotReachedPastTheDeadlineIsOpenAndLateToToday() {
    Participation.Line line =
        Participation.lines(List.of(answered("SNV", 2), invited("SNV")), Map.of(), DEADLINE, TODAY)
            .get(0);
    assertFalse(line.met());
    assertNull(line.reachedOn());
    assertEquals(7, line.daysLate());
    assertTrue(line.open());
    assertEquals(DEADLINE, line.deadline());
  }

  @Test
  void withoutADeadlineOrWithAQuotaOfNoneNothingIsLate() {
    assertEquals(
        0, Participation.lines(List.of(invited("SNV")), Map.of(), null, TODAY).get(0).daysLate());
    Participation.Line none =
        Participation.lines(List.of(invited("SNV")), Map.of("SNV", 0), DEADLINE, TODAY).get(0);
    assertTrue(none.met());
    assertEquals(0, none.daysLate());
    assertEquals(100, none.percent());
  }

  @Test
  void aUnitWithAQuotaAndNobodyListedIsBelowIt() {
    Participation.Line line =
        Participation.lines(List.of(), Map.of("STC", 3), DEADLINE, TODAY).get(0);
    assertEquals(0, line.invited());
    assertEquals(3, line.quota());
    assertFalse(line.met());
    assertTrue(line.open());
  }

  @Test
  void anAnswerWithoutADayCountsAsToday() {
    Participation.Line line =
        Participation.lines(
                List.of(new Participation.Answer("SNV", RespondentStatus.ANSWERED, null)),
                Map.of(),
                DEADLINE,
                TODAY)
            .get(0);
    assertEquals(TODAY, line.reachedOn());
    assertEquals(7, line.daysLate());
  }

  @Test
  void theProvincesTotalsAddTheUnitsUp() {
    Participation.Totals totals =
        Participation.Totals.of(
            Participation.lines(
                List.of(answered("SNV", 1), invited("SNV"), answered("STP", 1), invited("STC")),
                Map.of("STC", 0),
                DEADLINE,
                TODAY));
    assertEquals(new Participation.Totals(3, 4, 2, 3, 1), totals);
  }
}
