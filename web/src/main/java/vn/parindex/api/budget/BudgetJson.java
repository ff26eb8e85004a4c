package vn.parindex.api.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.parindex.budget.BudgetEstimate;
import vn.parindex.budget.BudgetEstimates;
import vn.parindex.budget.BudgetGroup;
import vn.parindex.budget.BudgetLine;
import vn.parindex.budget.BudgetTotals;

/** The JSON of the budget estimates: amounts in whole đồng. */
public final class BudgetJson {
  private BudgetJson() {}

  /** An estimate with its lines and sums. */
  public record EstimateJson(
      long id,
      long version,
      int year,
      String title,
      Long approvedAmount,
      String approvalRef,
      List<LineJson> lines,
      TotalsJson totals,
      String changedBy,
      Instant changedAt) {
    static EstimateJson of(BudgetEstimate e) {
      return new EstimateJson(
          e.getId(),
          e.getVersion(),
          e.getYear(),
          e.getTitle(),
          e.getApprovedAmount(),
          e.getApprovalRef(),
          e.getLines().stream().map(LineJson::of).toList(),
          TotalsJson.of(e.totals()),
          e.getChangedBy(),
          e.getChangedAt());
    }
  }

  /** A line; {@code amount} is worked out and ignored when sent. */
  public record LineJson(
      BudgetGroup group,
      String content,
      String measure,
      BigDecimal quantity,
      Long unitCost,
      Long amount,
      String legalBasis,
      Long spent) {
    static LineJson of(BudgetLine l) {
      return new LineJson(
          l.getCostGroup(),
          l.getContent(),
          l.getMeasure(),
          l.getQuantity(),
          l.getUnitCost(),
          l.amount(),
          l.getLegalBasis(),
          l.getSpent());
    }

    BudgetEstimates.LineInput input() {
      return new BudgetEstimates.LineInput(
          group, content, measure, quantity, unitCost, legalBasis, spent);
    }
  }

  /** The sums. */
  public record TotalsJson(
      Map<BudgetGroup, Long> byGroup, long total, Long approved, long spent, long remaining) {
    static TotalsJson of(BudgetTotals t) {
      return new TotalsJson(t.byGroup(), t.total(), t.approved(), t.spent(), t.remaining());
    }
  }

  /** A new estimate: its year and title. */
  public record NewJson(Integer year, String title) {}

  /** The estimate as saved whole, with the version read. */
  public record SaveJson(
      Long version, String title, Long approvedAmount, String approvalRef, List<LineJson> lines) {}
}
