package vn.parindex.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * One line of the estimate: what is bought or paid, in which unit, how many, at what cost, on which
 * legal basis, and what was spent against it. Its amount is worked out, never typed.
 */
@Embeddable
public class BudgetLine {
  @Enumerated(EnumType.STRING)
  @Column(name = "cost_group", nullable = false, length = 20)
  private BudgetGroup costGroup;

  @Column(nullable = false, length = 500)
  private String content;

  @Column(name = "measure", length = 50)
  private String measure;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal quantity;

  @Column(name = "unit_cost", nullable = false)
  private long unitCost;

  @Column(name = "legal_basis", length = 1000)
  private String legalBasis;

  @Column(nullable = false)
  private long spent;

  protected BudgetLine() {}

  public BudgetLine(
      BudgetGroup costGroup,
      String content,
      String measure,
      BigDecimal quantity,
      long unitCost,
      String legalBasis,
      long spent) {
    this.costGroup = costGroup;
    this.content = content;
    this.measure = measure;
    this.quantity = quantity;
    this.unitCost = unitCost;
    this.legalBasis = legalBasis;
    this.spent = spent;
  }

  /** Quantity × unit cost, in whole đồng. */
  public long amount() {
    return Dong.amount(quantity, unitCost);
  }

  public BudgetGroup getCostGroup() {
    return costGroup;
  }

  public String getContent() {
    return content;
  }

  public String getMeasure() {
    return measure;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public long getUnitCost() {
    return unitCost;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public long getSpent() {
    return spent;
  }
}
