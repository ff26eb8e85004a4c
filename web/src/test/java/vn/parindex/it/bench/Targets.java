package vn.parindex.it.bench;

import java.util.Arrays;
import java.util.List;
import vn.parindex.it.support.RunningApp;

/** The requests issue 15 lists, on a benchmark campaign: the floor first, then pages and APIs. */
final class Targets {
  static final String STATIC = "static file";
  static final String READY = "health/ready";

  private Targets() {}

  /**
   * The targets, the saves with the versions the leaves have now; with {@code
   * -Dbench.targets=workspace,results} only those whose names contain one of the words, beside the
   * floor (the ratios need it).
   */
  static List<Target> of(RunningApp app, BenchCampaign c) {
    String[] words = System.getProperty("bench.targets", "").split(",");
    return all(app, c).stream()
        .filter(
            t ->
                t.name().equals(STATIC)
                    || t.name().equals(READY)
                    || Arrays.stream(words).anyMatch(w -> t.name().contains(w.strip())))
        .toList();
  }

  private static List<Target> all(RunningApp app, BenchCampaign c) {
    String api = "/api/campaigns/" + c.id();
    String unit = c.workingUnit();
    String atWork = "/api/campaigns/" + c.atWork();
    return List.of(
        Target.get(STATIC, "/resources/css/parindex.css", false),
        Target.get(READY, "/health/ready", false),
        Target.get("home page", "/app/home.xhtml", true),
        Target.get(
            "workspace page",
            "/app/campaigns/workspace.xhtml?id=" + c.atWork() + "&unit=" + unit,
            true),
        Target.get("consolidation page", "/app/campaigns/consolidation.xhtml?id=" + c.id(), true),
        Target.get("appraisal sheet", "/app/campaigns/appraisal.xhtml?id=" + c.id(), true),
        Target.get("workspace API", atWork + "/units/" + unit + "/workspace", true),
        Target.get("results API", api + "/results", true),
        Target.get("scores API", api + "/scores", true),
        LeafSaves.of(app, c),
        Target.get("ranking PDF", api + "/reports/ranking?format=pdf", true));
  }
}
