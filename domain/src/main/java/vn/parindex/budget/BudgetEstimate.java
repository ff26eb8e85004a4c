package vn.parindex.budget;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The estimate of a year's exercise: its lines in the order typed, the amount approved and the
 * decision that approved it. Saved whole: the lines a person sees are the lines kept.
 */
@Entity
@Table(name = "budget_estimate")
public class BudgetEstimate {
  @Id
  @SequenceGenerator(
      name = "budget_estimate_seq",
      sequenceName = "budget_estimate_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_estimate_seq")
  private Long id;

  @Version private long version;

  @Column(name = "estimate_year", nullable = false)
  private int year;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "approved_amount")
  private Long approvedAmount;

  @Column(name = "approval_ref", length = 300)
  private String approvalRef;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "budget_line", joinColumns = @JoinColumn(name = "estimate_id"))
  @OrderColumn(name = "line_no")
  private List<BudgetLine> lines = new ArrayList<>();

  @Column(name = "changed_by", nullable = false, length = 50)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected BudgetEstimate() {}

  public BudgetEstimate(int year, String title, String by, Instant at) {
    this.year = year;
    this.title = title;
    this.changedBy = by;
    this.changedAt = at;
  }

  void replace(
      String title,
      Long approvedAmount,
      String approvalRef,
      List<BudgetLine> lines,
      String by,
      Instant at) {
    this.title = title;
    this.approvedAmount = approvedAmount;
    this.approvalRef = approvalRef;
    this.lines.clear();
    this.lines.addAll(lines);
    this.changedBy = by;
    this.changedAt = at;
  }

  public BudgetTotals totals() {
    return BudgetTotals.of(lines, approvedAmount);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public int getYear() {
    return year;
  }

  public String getTitle() {
    return title;
  }

  public Long getApprovedAmount() {
    return approvedAmount;
  }

  public String getApprovalRef() {
    return approvalRef;
  }

  public List<BudgetLine> getLines() {
    return List.copyOf(lines);
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
