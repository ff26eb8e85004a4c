package vn.parindex.it.bench;

import java.util.List;
import vn.parindex.it.support.RunningApp;

/** The requests issue 15 lists, on a benchmark campaign: the floor first, then pages and APIs. */
final class Targets {
  static final String STATIC = "static file";
  static final String READY = "health/ready";

  private Targets() {}

  /** The targets, the saves with the versions the leaves have now. */
  static List<Target> of(RunningApp app, BenchCampaign c) {
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
