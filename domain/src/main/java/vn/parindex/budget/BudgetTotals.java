package vn.parindex.budget;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The estimate's sums: by group (the groups with lines, in their order), in all, approved, spent,
 * and what remains of the approved amount (of the estimate while none is approved).
 */
public record BudgetTotals(
    Map<BudgetGroup, Long> byGroup, long total, Long approved, long spent, long remaining) {

  public static BudgetTotals of(List<BudgetLine> lines, Long approved) {
    Map<BudgetGroup, Long> byGroup = new EnumMap<>(BudgetGroup.class);
    long total = 0;
    long spent = 0;
    for (BudgetLine line : lines) {
      byGroup.merge(line.getCostGroup(), line.amount(), Long::sum);
      total = Math.addExact(total, line.amount());
      spent = Math.addExact(spent, line.getSpent());
    }
    long ceiling = approved == null ? total : approved;
    return new BudgetTotals(byGroup, total, approved, spent, ceiling - spent);
  }
}
