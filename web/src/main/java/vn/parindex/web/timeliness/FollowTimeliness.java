package vn.parindex.web.timeliness;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.timeliness.Lapse;
import vn.parindex.timeliness.TimelinessRecord;

/**
 * {@code app/timeliness.xhtml}: the record of timeliness of a year. Sở Nội vụ and viewers see every
 * unit's counts and open one unit's lapses; a unit's own people see their unit's lapses only.
 */
@Named
@ViewScoped
public class FollowTimeliness implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TimelinessRecord record;
  @Inject CampaignService campaigns;
  @Inject Clock clock;

  private int year;
  private String unit;
  private boolean everyUnit;
  private List<Integer> years;
  private transient List<TimelinessRecord.Row> rows;
  private transient TimelinessRecord.UnitRecord unitRecord;

  /** This year, and the caller's own unit for one who sees no other. */
  @PostConstruct
  void init() {
    year = LocalDate.now(clock).getYear();
    CampaignAccess.Caller caller = campaigns.caller();
    everyUnit = caller.seesEverything();
    unit = everyUnit ? null : caller.unitCode();
    TreeSet<Integer> known = new TreeSet<>();
    campaigns.list().stream().map(Campaign::getYear).forEach(known::add);
    known.add(year);
    years = List.copyOf(known.descendingSet());
  }

  /** Every unit's counts of the year, for those who see every unit. */
  public List<TimelinessRecord.Row> getRows() {
    if (rows == null) {
      rows = everyUnit ? record.year(year) : List.of();
    }
    return rows;
  }

  /** The chosen unit's lapses, its predecessors' among them. */
  public TimelinessRecord.UnitRecord getUnitRecord() {
    if (unitRecord == null && unit != null) {
      unitRecord = record.unit(unit, year);
    }
    return unitRecord;
  }

  /** The chosen unit's lapses, latest first. */
  public List<Lapse> getLapses() {
    TimelinessRecord.UnitRecord r = getUnitRecord();
    return r == null
        ? List.of()
        : r.lapses().stream().sorted(Comparator.comparing(Lapse::on).reversed()).toList();
  }

  /** The units whose lapses the chosen unit carries, by code. */
  public String getPredecessors() {
    TimelinessRecord.UnitRecord r = getUnitRecord();
    return r == null ? "" : String.join(", ", r.predecessors());
  }

  /** Opens a unit's lapses below the table. */
  public void open(String code) {
    unit = code;
    unitRecord = null;
  }

  /** The report's address on the API, the format to follow. */
  public String getReportUrl() {
    return "/api/timeliness/report?year=" + year + "&format=";
  }

  public int getYear() {
    return year;
  }

  /** Another year: the table and the open unit are read again. */
  public void setYear(int year) {
    if (year != this.year) {
      this.year = year;
      rows = null;
      unitRecord = null;
    }
  }

  public List<Integer> getYears() {
    return years;
  }

  public String getUnit() {
    return unit;
  }

  public boolean isEveryUnit() {
    return everyUnit;
  }
}
