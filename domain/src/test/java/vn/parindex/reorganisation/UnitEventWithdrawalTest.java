package vn.parindex.reorganisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.BusinessException;
import vn.parindex.shared.Violation;

/**
 * When a change of units recorded by mistake may be withdrawn: with a reason, once, and only while
 * no later change of its units rests on it; a withdrawn merge no longer makes anyone a successor.
 */
class UnitEventWithdrawalTest {
  private static final LegalBasis DECISION =
      new LegalBasis("45/NQ-HĐND", LocalDate.of(2025, 2, 18), "HĐND tỉnh");

  private static UnitEvent event(
      UnitEventKind kind, List<String> from, List<String> to, List<String> created, String day) {
    return new UnitEvent(
        kind, from, to, created, LocalDate.parse(day), DECISION, "admin", Instant.EPOCH);
  }

  private static final UnitEvent MERGE =
      event(UnitEventKind.MERGE, List.of("SKHDT", "STC"), List.of("STC"), List.of(), "2025-03-01");

  private static String conflict(UnitEvent event, Map<String, List<UnitEvent>> byUnit) {
    return UnitEventRules.withdrawalConflict(event, byUnit)
        .map(BusinessException::messageKey)
        .orElse("none");
  }

  @Test
  void aReasonIsRequiredPlainAndOfBoundedLength() {
    assertEquals(
        List.of("field.required"),
        UnitEventRules.withdrawalReason("  ").stream().map(Violation::messageKey).toList());
    assertEquals(1, UnitEventRules.withdrawalReason("Nhầm ngày\u0000").size());
    assertEquals(1, UnitEventRules.withdrawalReason("x".repeat(1001)).size());
    assertEquals(List.of(), UnitEventRules.withdrawalReason("Nhập nhầm ngày có hiệu lực"));
  }

  @Test
  void onlyTheLastEventOfEachOfItsUnitsIsWithdrawnAndOnlyOnce() {
    UnitEvent rename =
        event(UnitEventKind.RENAME, List.of("STC"), List.of("STC"), List.of(), "2025-04-01");
    Map<String, List<UnitEvent>> byUnit =
        Map.of("SKHDT", List.of(MERGE), "STC", List.of(MERGE, rename));

    assertEquals("unitEvent.withdrawal.notLast", conflict(MERGE, byUnit));
    BusinessException later = UnitEventRules.withdrawalConflict(MERGE, byUnit).orElseThrow();
    assertEquals(List.of("STC", "01/04/2025"), List.of(later.arguments()));
    assertEquals("none", conflict(rename, byUnit));

    rename.withdraw("admin", Instant.EPOCH, "Nhầm tên");
    assertTrue(rename.isWithdrawn());
    assertEquals("none", conflict(MERGE, byUnit), "a withdrawn later event no longer counts");
    assertEquals("unitEvent.withdrawal.already", conflict(rename, byUnit));
  }

  @Test
  void aWithdrawnMergeMakesNoSuccessorAndSaysWhatItEndedAndCreated() {
    UnitEvent split =
        event(
            UnitEventKind.SPLIT,
            List.of("SKHCN"),
            List.of("SKH", "SCN"),
            List.of("SKH", "SCN"),
            "2025-05-01");
    assertEquals(List.of("SKHDT"), MERGE.endedCodes());
    assertEquals(List.of(), MERGE.createdCodes());
    assertEquals(List.of("SKHCN"), split.endedCodes());
    assertEquals(List.of("SKH", "SCN"), split.createdCodes());
    assertEquals(List.of("SKHCN", "SKH", "SCN"), split.unitCodes());

    UnitEvent merge =
        event(
            UnitEventKind.MERGE, List.of("SKHDT", "STC"), List.of("STC"), List.of(), "2025-03-01");
    assertEquals(List.of("STC"), Lineage.of(List.of(merge)).successorsOf("SKHDT"));
    merge.withdraw("admin", Instant.EPOCH, "Nhầm đơn vị");
    assertEquals(List.of(), Lineage.of(List.of(merge)).successorsOf("SKHDT"));
  }
}
