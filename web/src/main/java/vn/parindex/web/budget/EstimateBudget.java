package vn.parindex.web.budget;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.budget.BudgetEstimate;
import vn.parindex.budget.BudgetEstimates;
import vn.parindex.budget.BudgetGroup;
import vn.parindex.budget.BudgetLine;
import vn.parindex.budget.BudgetTotals;
import vn.parindex.budget.Dong;
import vn.parindex.campaign.CampaignService;
import vn.parindex.web.shell.FacesMessages;

/**
 * {@code app/budgets.xhtml}: the budget estimates of the exercise. Sở Nội vụ creates one for a
 * year, types its lines (the amounts worked out), records the amount approved and what was spent,
 * and downloads the estimate for Sở Tài chính; viewers read them.
 */
@Named
@ViewScoped
public class EstimateBudget implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject BudgetEstimates estimates;
  @Inject CampaignService campaigns;
  @Inject FacesMessages messages;

  private boolean manager;
  private transient List<BudgetEstimate> all;
  private Long openId;
  private long version;
  private String title;
  private Long approvedAmount;
  private String approvalRef;
  private List<EditLine> lines = new ArrayList<>();
  private transient BudgetTotals totals;
  private Integer newYear;
  private String newTitle;

  /** A line as typed; its amount is shown as soon as quantity and cost are there. */
  public static final class EditLine implements Serializable {
    private static final long serialVersionUID = 1L;

    private BudgetGroup group = BudgetGroup.SURVEY;
    private String content;
    private String measure;
    private BigDecimal quantity;
    private Long unitCost;
    private String legalBasis;
    private Long spent;

    static EditLine of(BudgetLine l) {
      EditLine e = new EditLine();
      e.group = l.getCostGroup();
      e.content = l.getContent();
      e.measure = l.getMeasure();
      e.quantity = l.getQuantity();
      e.unitCost = l.getUnitCost();
      e.legalBasis = l.getLegalBasis();
      e.spent = l.getSpent();
      return e;
    }

    BudgetEstimates.LineInput input() {
      return new BudgetEstimates.LineInput(
          group, content, measure, quantity, unitCost, legalBasis, spent);
    }

    /** "6.000.000", or nothing while quantity or cost is missing. */
    public String getAmount() {
      return quantity == null || unitCost == null || quantity.signum() < 0 || unitCost < 0
          ? ""
          : Dong.format(Dong.amount(quantity, unitCost));
    }

    public BudgetGroup getGroup() {
      return group;
    }

    public void setGroup(BudgetGroup group) {
      this.group = group;
    }

    public String getContent() {
      return content;
    }

    public void setContent(String content) {
      this.content = content;
    }

    public String getMeasure() {
      return measure;
    }

    public void setMeasure(String measure) {
      this.measure = measure;
    }

    public BigDecimal getQuantity() {
      return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
      this.quantity = quantity;
    }

    public Long getUnitCost() {
      return unitCost;
    }

    public void setUnitCost(Long unitCost) {
      this.unitCost = unitCost;
    }

    public String getLegalBasis() {
      return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
      this.legalBasis = legalBasis;
    }

    public Long getSpent() {
      return spent;
    }

    public void setSpent(Long spent) {
      this.spent = spent;
    }
  }

  public void load() {
    manager = campaigns.caller().manages();
    all = estimates.all();
  }

  public void create() {
    BudgetEstimate created = estimates.create(newYear, newTitle);
    messages.info("budget.created", created.getTitle());
    newYear = null;
    newTitle = null;
    all = estimates.all();
    open(created.getId());
  }

  public void open(long id) {
    BudgetEstimate estimate = estimates.get(id);
    openId = id;
    show(estimate);
  }

  private void show(BudgetEstimate estimate) {
    version = estimate.getVersion();
    totals = estimate.totals();
    title = estimate.getTitle();
    approvedAmount = estimate.getApprovedAmount();
    approvalRef = estimate.getApprovalRef();
    lines = new ArrayList<>(estimate.getLines().stream().map(EditLine::of).toList());
  }

  public void addLine() {
    lines.add(new EditLine());
  }

  public void removeLine(EditLine line) {
    lines.remove(line);
  }

  public void save() {
    BudgetEstimate saved =
        estimates.save(
            openId,
            version,
            title,
            approvedAmount,
            approvalRef,
            lines.stream().map(EditLine::input).toList());
    messages.info("budget.saved");
    show(saved);
    all = estimates.all();
  }

  public void delete() {
    estimates.delete(openId, version);
    messages.info("budget.deleted");
    openId = null;
    all = estimates.all();
  }

  /** The open estimate's sums as last saved (read again if this view was restored). */
  public BudgetTotals getTotals() {
    if (totals == null) {
      totals = estimates.get(openId).totals();
    }
    return totals;
  }

  public String words(long amount) {
    return Dong.words(amount);
  }

  public String dong(Long amount) {
    return amount == null ? "" : Dong.format(amount);
  }

  /** "12.500.000 đồng", the currency's name from the bundles. */
  public String inDong(Long amount) {
    return amount == null ? "" : messages.text("budget.inDong", Dong.format(amount));
  }

  public BudgetGroup[] getGroups() {
    return BudgetGroup.values();
  }

  public boolean isManager() {
    return manager;
  }

  public List<BudgetEstimate> getAll() {
    return all;
  }

  public Long getOpenId() {
    return openId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getApprovedAmount() {
    return approvedAmount;
  }

  public void setApprovedAmount(Long approvedAmount) {
    this.approvedAmount = approvedAmount;
  }

  public String getApprovalRef() {
    return approvalRef;
  }

  public void setApprovalRef(String approvalRef) {
    this.approvalRef = approvalRef;
  }

  public List<EditLine> getLines() {
    return lines;
  }

  public Integer getNewYear() {
    return newYear;
  }

  public void setNewYear(Integer newYear) {
    this.newYear = newYear;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }
}
