package vn.parindex.it.bench;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.AppProcess;
import vn.parindex.it.support.FreshDatabase;
import vn.parindex.it.support.RunningApp;
import vn.parindex.it.support.Sessions;
import vn.parindex.it.support.SmtpSink;
import vn.parindex.it.support.Strictness;

/**
 * The load benchmark of issue 15, on PostgreSQL. For each scale ({@code
 * -Dbench.scales=40x88,400x150}) it makes a campaign through the API on a new database ({@link
 * BenchCampaign}), counts the SQL statements of one request of each listed page and API, restarts
 * the application without counting, and drives each request with {@code wrk} at each number of
 * users ({@code -Dbench.users=1,10,50,100}) for {@code -Dbench.seconds} (10). It prints, per scale:
 * requests/s, p50, p95, p99 and errors, the p95 as a ratio to the floor's, start-up to ready,
 * resident memory idle and after load, and the heap growth during a 100 MB upload and download; the
 * tables and a chart of p95 against units go to {@code target/benchmark}. Not part of the build
 * (its name is not *IT): run it as README says.
 */
class PerformanceBenchmark {
  private static final String DATABASE = "parindex_bench";

  @Test
  void printFiguresPerScale() throws Exception {
    assumeFalse(
        FreshDatabase.onPostgresql(),
        "the benchmark runs once, in the first execution; it makes its own PostgreSQL database");
    Strictness.require(Wrk.installed(), "wrk (Debian package wrk)");
    Path out = Path.of(System.getProperty("parindex.it.dataDir")).getParent().resolve("benchmark");
    Files.createDirectories(out);
    List<Scale> scales = Scale.parse(System.getProperty("bench.scales", "40x88"));
    int seconds = Integer.getInteger("bench.seconds", 10);
    List<Integer> users =
        java.util.Arrays.stream(System.getProperty("bench.users", "1,10,50,100").split(","))
            .map(String::trim)
            .map(Integer::valueOf)
            .toList();
    List<ScaleFigures> all = new ArrayList<>();
    for (Scale scale : scales) {
      ScaleFigures figures = measure(scale, users, seconds, out);
      figures.print(System.out);
      all.add(figures);
    }
    BenchReport.write(all, users, out);
    System.out.println("[benchmark] tables and chart in " + out);
  }

  private ScaleFigures measure(Scale scale, List<Integer> users, int seconds, Path out)
      throws Exception {
    String url = System.getProperty("parindex.it.pg.url") + DATABASE;
    FreshDatabase.recreate(
        url,
        System.getProperty("parindex.it.pg.user"),
        System.getProperty("parindex.it.pg.password"),
        System.getProperty("parindex.it.pg.app-user"));
    Path dir = out.resolve("app-" + scale.units() + "x" + scale.leaves());
    SmtpSink mail = SmtpSink.start();
    ScaleFigures figures = new ScaleFigures(scale);
    AppProcess counted = AppProcess.launch(dir, mail, env(url, true));
    RunningApp app = RunningApp.of(counted, mail);
    long made = System.nanoTime();
    BenchCampaign campaign = BenchCampaign.make(app, scale);
    figures.dataSeconds = (System.nanoTime() - made) / 1e9;
    analyse(url);
    List<Target> targets = Targets.of(app, campaign);
    String base = app.url("/").replaceAll("/$", "");
    List<String> sessions =
        Sessions.open(base, RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD, 1);
    figures.statements = StatementCounts.of(app, counted.log(), targets, sessions.get(0));
    counted.stop();

    AppProcess process = AppProcess.restart(dir, mail, env(url, false));
    figures.readyMillis = process.readyMillis();
    JvmProbe jvm = new JvmProbe(process.process().pid());
    Thread.sleep(5_000);
    figures.rssIdleMb = jvm.rssMb();
    app = RunningApp.of(process, mail);
    Wrk wrk = new Wrk(app.url("/").replaceAll("/$", ""), sessions(app), out);
    for (Target target : Targets.of(app, campaign)) {
      wrk.run(fresh(target, app, campaign), 10, 3);
      for (int n : users) {
        figures
            .loads
            .computeIfAbsent(target.name(), k -> new LinkedHashMap<>())
            .put(n, wrk.run(fresh(target, app, campaign), n, seconds));
      }
    }
    figures.rssLoadedMb = jvm.rssMb();
    BigFile.measure(app, campaign, jvm, figures);
    figures.publishMillis = Publish.time(app, campaign);
    process.stop();
    return figures;
  }

  /**
   * Statistics of the data just made, as a live server's autovacuum gathers them within a minute of
   * a bulk change. Without them (a server with autovacuum off, as on CI machines) PostgreSQL
   * guesses ten rows for a campaign's 60,000 scores and sorts them on disk: the consolidation's
   * sums took 80-97 ms a query at 400 units instead of 25-30.
   */
  private static void analyse(String url) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                url,
                System.getProperty("parindex.it.pg.user"),
                System.getProperty("parindex.it.pg.password"));
        Statement s = c.createStatement()) {
      s.execute("analyze");
    }
  }

  /** The target again; a save again with the versions its leaves have after the last run. */
  private static Target fresh(Target target, RunningApp app, BenchCampaign campaign)
      throws InterruptedException {
    if (!target.name().equals(LeafSaves.NAME)) {
      return target;
    }
    // wrk leaves its last requests unanswered when its time is up; the server still saves them.
    // Their versions are read once they are done, or the next run would start on stale ones.
    Thread.sleep(3_000);
    return LeafSaves.of(app, campaign);
  }

  private static List<String> sessions(RunningApp app) throws Exception {
    String base = app.url("/").replaceAll("/$", "");
    return Sessions.open(base, RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD, 20);
  }

  private static Map<String, String> env(String url, boolean countStatements) {
    Map<String, String> env = AppProcess.onPostgresql(url);
    env.put("PARINDEX_SQL_COUNT", String.valueOf(countStatements));
    env.put("PARINDEX_EVIDENCE_MAX_MB", "120");
    String recording = System.getProperty("bench.jfr");
    if (recording != null && !countStatements) {
      // Where the CPU goes under load, for `jfr print --events jdk.ExecutionSample`.
      env.put(
          "JDK_JAVA_OPTIONS",
          "-XX:StartFlightRecording=settings=profile,filename="
              + Path.of(recording).toAbsolutePath());
    }
    return env;
  }
}
