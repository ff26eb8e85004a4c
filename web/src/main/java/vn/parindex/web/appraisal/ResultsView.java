package vn.parindex.web.appraisal;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.parindex.appraisal.Appraisal;
import vn.parindex.appraisal.AppraisalRow;
import vn.parindex.appraisal.AppraisalSheet;
import vn.parindex.appraisal.CampaignResults;
import vn.parindex.appraisal.Publication;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignService;
import vn.parindex.framework.NodeCode;
import vn.parindex.organisation.UnitKind;
import vn.parindex.ranking.Result;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.web.shell.Messages;

/**
 * {@code app/campaigns/results.xhtml?id=…}: the ranking per group with index, band and change of
 * rank; a bar chart of the group; a unit's field indexes against its group's average (radar), its
 * scorecard (self, appraised, final per field) and its index across years.
 */
@Named
@ViewScoped
public class ResultsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AppraisalSheet sheets;
  @Inject CampaignResults campaignResults;
  @Inject CampaignService campaigns;
  @Inject UnitHistory unitHistory;
  @Inject Messages bundle;

  private Long id;
  private String unit;
  private Campaign campaign;
  private List<Result> results;
  private Publication publication;
  private Map<String, String> names;
  private List<CampaignResults.YearIndex> history;

  /** One group of the ranking. */
  public record Group(UnitKind kind, List<Result> results) {
    /** The results by group, in the order the groups first appear. */
    public static List<Group> of(List<Result> results) {
      Map<UnitKind, List<Result>> byGroup = new LinkedHashMap<>();
      results.forEach(r -> byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
      return byGroup.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }
  }

  /** One line of a unit's scorecard. */
  public record ScoreLine(String field, BigDecimal self, BigDecimal appraised, BigDecimal fin) {}

  public void load() {
    campaign = campaigns.get(id);
    CampaignResults.Visible visible = campaignResults.visibleResults(id);
    results = visible.results();
    publication = visible.publication();
    names = unitHistory.namesIn(campaign.getYear());
    if (unit == null && !results.isEmpty()) {
      unit = results.get(0).unitCode();
    }
  }

  public List<Group> getGroups() {
    return Group.of(results);
  }

  public String name(String code) {
    return names.getOrDefault(code, code);
  }

  private Result selected() {
    return results.stream().filter(r -> r.unitCode().equals(unit)).findFirst().orElse(null);
  }

  private List<Result> selectedGroup() {
    Result selected = selected();
    return selected == null
        ? List.of()
        : results.stream().filter(r -> r.group() == selected.group()).toList();
  }

  /** Chart.js: the index of every unit of the selected unit's group, in rank order. */
  public String getBarChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (Result r : selectedGroup()) {
      labels.add(r.unitCode());
      data.add(r.index());
    }
    return chart(
        "bar",
        labels,
        Json.createArrayBuilder()
            .add(dataset(label("results.chart.index"), data, "rgba(29, 78, 216, 0.7)")));
  }

  /** Chart.js: the selected unit's field indexes against its group's average. */
  public String getRadarChart() {
    Result selected = selected();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder own = Json.createArrayBuilder();
    JsonArrayBuilder average = Json.createArrayBuilder();
    if (selected != null) {
      List<Result> group = selectedGroup();
      for (Result.FieldResult field : selected.fields()) {
        labels.add(label("results.chart.field", field.code()));
        own.add(field.index());
        average.add(average(group, field.code()));
      }
    }
    return chart(
        "radar",
        labels,
        Json.createArrayBuilder()
            .add(dataset(unit == null ? "" : unit, own, "rgba(29, 78, 216, 0.4)"))
            .add(dataset(label("results.chart.average"), average, "rgba(234, 88, 12, 0.3)")));
  }

  /** Chart.js: the selected unit's index in each year it was scored. */
  public String getHistoryChart() {
    List<Integer> years =
        getHistory().stream().map(CampaignResults.YearIndex::year).distinct().toList();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    years.forEach(year -> labels.add(String.valueOf(year)));
    if (unit == null) {
      return chart("line", labels, Json.createArrayBuilder());
    }
    // A line per unit, the selected one first: a predecessor's index is its own line, not a point
    // of the successor's.
    Map<String, Map<Integer, BigDecimal>> byUnit = new LinkedHashMap<>();
    byUnit.put(unit, new LinkedHashMap<>());
    getHistory()
        .forEach(
            y ->
                byUnit
                    .computeIfAbsent(y.unitCode(), u -> new LinkedHashMap<>())
                    .put(y.year(), y.index()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    String[] colours = {
      "rgba(22, 163, 74, 0.6)", "rgba(234, 88, 12, 0.6)", "rgba(124, 58, 237, 0.6)"
    };
    int line = 0;
    for (Map.Entry<String, Map<Integer, BigDecimal>> u : byUnit.entrySet()) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      years.forEach(year -> add(data, u.getValue().get(year)));
      datasets.add(
          dataset(
              u.getKey().equals(unit) ? label("results.chart.index") : u.getKey(),
              data,
              colours[line++ % colours.length]));
    }
    return chart("line", labels, datasets);
  }

  private static void add(JsonArrayBuilder data, BigDecimal value) {
    if (value == null) {
      data.addNull();
    } else {
      data.add(value);
    }
  }

  /**
   * The selected unit's index in each year, and those of the units it came from by merge or split
   * in the years before, each under its own code.
   */
  public List<CampaignResults.YearIndex> getHistory() {
    if (unit == null) {
      return List.of();
    }
    if (history == null) {
      history = campaignResults.history(id, unit);
    }
    return history;
  }

  /** Self-score, appraised score and final points of the selected unit, field by field. */
  public List<ScoreLine> getScorecard() {
    Result selected = selected();
    if (selected == null) {
      return List.of();
    }
    Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
    for (AppraisalRow row : sheets.rows(id, unit)) {
      BigDecimal[] s =
          sums.computeIfAbsent(
              NodeCode.fieldOf(row.getNode().getCode()),
              f -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      s[0] = s[0].add(Objects.requireNonNullElse(row.getSelfScore(), BigDecimal.ZERO));
      Appraisal latest = row.getRound2() != null ? row.getRound2() : row.getRound1();
      BigDecimal appraised = latest == null ? row.getSelfScore() : latest.getScore();
      s[1] = s[1].add(Objects.requireNonNullElse(appraised, BigDecimal.ZERO));
    }
    return selected.fields().stream()
        .map(
            f -> {
              BigDecimal[] s = sums.getOrDefault(f.code(), new BigDecimal[] {null, null});
              return new ScoreLine(f.code(), s[0], s[1], f.points());
            })
        .toList();
  }

  /** Chart texts in the language of the page. */
  private String label(String key, Object... arguments) {
    return bundle.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
  }

  private static BigDecimal average(List<Result> group, String field) {
    List<BigDecimal> indexes =
        group.stream()
            .flatMap(r -> r.fields().stream())
            .filter(f -> f.code().equals(field))
            .map(Result.FieldResult::index)
            .toList();
    return indexes.isEmpty()
        ? BigDecimal.ZERO
        : indexes.stream()
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(indexes.size()), 2, RoundingMode.HALF_UP);
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour.replace("0.3)", "1)").replace("0.4)", "1)"));
  }

  private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false))
        .build()
        .toString();
  }

  public boolean isPublished() {
    return publication != null;
  }

  public Publication getPublication() {
    return publication;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public List<Result> getResults() {
    return results;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
    history = null;
  }
}
