package vn.parindex.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.plan.FollowPlans;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanBook;
import vn.parindex.plan.PlanKind;
import vn.parindex.shared.Clocks;
import vn.parindex.web.shell.FacesMessages;

/**
 * {@code app/plans.xhtml}: the year's PAR plans with where their tasks stand, a new plan (Sở Nội vụ
 * the province's, a unit its own), and the tasks the caller's unit leads.
 */
@Named
@ViewScoped
public class ListPlans implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PlanBook book;
  @Inject FollowPlans follow;
  @Inject CampaignService campaigns;
  @Inject UnitDirectory directory;
  @Inject FacesMessages messages;
  @Inject Clock clock;

  private int year;
  private boolean manager;
  private String ownUnit;
  private transient List<PlanBook.PlanLine> plans;
  private transient FollowPlans.Tasks ownTasks;
  private transient List<FollowPlans.UnitLine> byUnit;
  private boolean seesEverything;
  private PlanKind kind;
  private String ownerCode;
  private PlanHeader header = new PlanHeader();

  public void load() {
    if (year == 0) {
      year = thisYear();
    }
    CampaignAccess.Caller caller = campaigns.caller();
    manager = caller.manages();
    seesEverything = caller.seesEverything();
    ownUnit = caller.worksForUnit() ? caller.unitCode() : null;
    kind = manager ? PlanKind.PROVINCE_ANNUAL : PlanKind.UNIT_ANNUAL;
    ownerCode = ownUnit;
    refresh();
  }

  private void refresh() {
    plans = book.plans(year);
    ownTasks = ownUnit == null ? null : follow.ofUnit(ownUnit, year);
    byUnit = seesEverything ? follow.byUnit(year) : List.of();
  }

  /** Another year chosen. */
  public void changeYear() {
    refresh();
  }

  /** Creates the plan and opens it. */
  public String create() {
    Plan plan = book.create(header.input(kind, manager ? ownerCode : ownUnit, year));
    messages.flashInfo("plan.created", plan.getNumber());
    return "/app/plan?faces-redirect=true&id=" + plan.getId();
  }

  /** Whether the caller may write a plan at all: Sở Nội vụ, or a unit's officers and leaders. */
  public boolean isMayCreate() {
    return manager || ownUnit != null;
  }

  public List<PlanKind> getKinds() {
    return manager ? Arrays.asList(PlanKind.values()) : List.of(PlanKind.UNIT_ANNUAL);
  }

  public List<OrganisationUnit> getUnits() {
    return directory.list();
  }

  /** Three years back, this year and the next: plans are written ahead. */
  public List<Integer> getYears() {
    int now = thisYear();
    return IntStream.rangeClosed(now - 3, now + 1).boxed().toList();
  }

  private int thisYear() {
    return LocalDate.now(clock.withZone(Clocks.VIETNAM)).getYear();
  }

  public boolean isManager() {
    return manager;
  }

  public List<PlanBook.PlanLine> getPlans() {
    return plans;
  }

  /** Each lead unit's tally, for Sở Nội vụ and viewers; empty for a unit's people. */
  public List<FollowPlans.UnitLine> getByUnit() {
    return byUnit;
  }

  public FollowPlans.Tasks getOwnTasks() {
    return ownTasks;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public PlanKind getKind() {
    return kind;
  }

  public void setKind(PlanKind kind) {
    this.kind = kind;
  }

  public String getOwnerCode() {
    return ownerCode;
  }

  public void setOwnerCode(String ownerCode) {
    this.ownerCode = ownerCode;
  }

  public PlanHeader getHeader() {
    return header;
  }
}
