package vn.parindex.it.bench;

import vn.parindex.it.support.RunningApp;

/** The campaign finalised and its results published through the service, timed. */
final class Publish {
  private Publish() {}

  /** Milliseconds from asking to finalise to the published version. */
  static long time(RunningApp app, BenchCampaign c) {
    long start = System.nanoTime();
    BenchCampaign.expect(
        app.asAdmin("POST", "/api/campaigns/" + c.id() + "/appraisal/finalise", "{}"));
    BenchCampaign.expect(
        app.asAdmin("POST", "/api/campaigns/" + c.id() + "/results/publish", "{}"));
    return (System.nanoTime() - start) / 1_000_000;
  }
}
