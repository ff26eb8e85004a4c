package vn.parindex.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetTotalsTest {
  private static BudgetLine line(BudgetGroup group, String quantity, long cost, long spent) {
    return new BudgetLine(group, "Nội dung", "người", new BigDecimal(quantity), cost, null, spent);
  }

  private static final List<BudgetLine> LINES =
      List.of(
          line(BudgetGroup.SURVEY, "120", 50_000, 6_000_000),
          line(BudgetGroup.MEETINGS, "2", 3_500_000, 0),
          line(BudgetGroup.SURVEY, "1.5", 1_000_001, 0));

  @Test
  void groupsAddUpInTheirOrderAndTheRemainderIsOfTheEstimateUntilApproved() {
    BudgetTotals totals = BudgetTotals.of(LINES, null);
    assertEquals(
        Map.of(BudgetGroup.SURVEY, 7_500_002L, BudgetGroup.MEETINGS, 7_000_000L), totals.byGroup());
    assertEquals(
        List.of(BudgetGroup.SURVEY, BudgetGroup.MEETINGS), List.copyOf(totals.byGroup().keySet()));
    assertEquals(14_500_002L, totals.total(), "1,5 × 1.000.001 = 1.500.001,5 → 1.500.002");
    assertNull(totals.approved());
    assertEquals(6_000_000L, totals.spent());
    assertEquals(8_500_002L, totals.remaining());
  }

  @Test
  void onceApprovedWhatRemainsIsOfTheApprovedAmount() {
    BudgetTotals totals = BudgetTotals.of(LINES, 12_000_000L);
    assertEquals(12_000_000L, totals.approved());
    assertEquals(6_000_000L, totals.remaining());
  }
}
