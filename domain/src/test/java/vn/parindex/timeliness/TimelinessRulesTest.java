package vn.parindex.timeliness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.reorganisation.Lineage;

class TimelinessRulesTest {
  private static Lapse lapse(String unit, LapseKind kind) {
    return new Lapse(unit, kind, 1, "Chỉ số 2025", LocalDate.of(2025, 12, 16), 1, false, null);
  }

  private static TimelinessRules rules(String cap) {
    TimelinessRules rules = new TimelinessRules(9);
    rules.set(
        Map.of(
            LapseKind.SUBMISSION_LATE, new BigDecimal("0.5"),
            LapseKind.RETURNED, new BigDecimal("0.25")),
        new BigDecimal(cap));
    return rules;
  }

  @Test
  void eachKindCountsAtItsPointsAndKindsWithoutPointsNotAtAll() {
    Deduction d =
        rules("5")
            .deduct(
                List.of(
                    lapse("STP", LapseKind.SUBMISSION_LATE),
                    lapse("STP", LapseKind.RETURNED),
                    lapse("STP", LapseKind.RETURNED),
                    lapse("STP", LapseKind.REMINDED)));
    assertEquals(new BigDecimal("1.00"), d.total());
    assertEquals(new BigDecimal("1.00"), d.applied());
    assertFalse(d.capped());
    assertEquals(
        "Gửi kết quả muộn: 1 × 0,5 = 0,5; Bị trả lại: 2 × 0,25 = 0,5. Tổng 1 → trừ 1 điểm.",
        d.arithmetic());
  }

  @Test
  void theCapHoldsTheTotal() {
    Deduction d =
        rules("0.75")
            .deduct(
                List.of(
                    lapse("STP", LapseKind.SUBMISSION_LATE),
                    lapse("STP", LapseKind.SUBMISSION_LATE)));
    assertEquals(new BigDecimal("1.00"), d.total());
    assertEquals(new BigDecimal("0.75"), d.applied());
    assertTrue(d.capped());
    assertTrue(d.arithmetic().endsWith("Tổng 1, trừ tối đa 0,75 → trừ 0,75 điểm."), d.arithmetic());
  }

  @Test
  void noLapsesTakeNothing() {
    Deduction d = rules("2").deduct(List.of());
    assertEquals(new BigDecimal("0.00"), d.applied());
    assertTrue(d.lines().isEmpty());
  }

  @Test
  void aUnitCarriesItsPredecessorsHoweverFarBack() {
    Lineage lineage =
        Lineage.ofSuccessors(
            Map.of("SKHDT", List.of("STC2"), "STC", List.of("STC2"), "STC2", List.of("STC3")));
    assertEquals(
        Set.of("STC2", "SKHDT", "STC"), Set.copyOf(TimelinessRecord.predecessors(lineage, "STC3")));
    assertEquals(List.of(), TimelinessRecord.predecessors(lineage, "SKHDT"));
  }
}
