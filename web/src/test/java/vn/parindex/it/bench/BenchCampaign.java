package vn.parindex.it.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.parindex.it.support.MultipartBody;
import vn.parindex.it.support.RunningApp;

/**
 * An INTERNAL campaign at a chosen scale, made through the application's API as Sở Nội vụ and the
 * units would make it: the units, a published framework of fields, criteria and leaves (half
 * pass/fail, half scored by 0.5), every leaf self-scored, every tenth with a signed plan as
 * evidence, every unit submitted and every fifth leaf appraised in round 1. A second campaign of
 * the same units and framework is still in self-assessment, its first two units at work with every
 * leaf scored: their leaves are what saves under load write, and the first one's workspace what is
 * read.
 */
record BenchCampaign(
    long id, long atWork, List<String> units, List<String> leaves, String appraiser) {
  static final String PASSWORD = "DoTaiHieuNang2026";
  private static final int THREADS = 8;

  /** A leaf scored without evidence is explained, as the submission requires. */
  private static final String WHY = ",\"explanation\":\"Văn bản đang trình ký\"}";

  private static final String ADMIN = RunningApp.HELPER_ADMIN;
  private static final String ADMIN_PASSWORD = RunningApp.HELPER_PASSWORD;

  String workingUnit() {
    return units.get(0);
  }

  /** The units of the campaign at work whose leaves are saved under load: one a wrk thread. */
  List<String> atWorkUnits() {
    return units.subList(0, Math.min(2, units.size()));
  }

  /** Whether a leaf is pass/fail (else scored by 0.5), as {@link FrameworkTable} made it. */
  boolean binary(String leaf) {
    return leaves.indexOf(leaf) % 2 == 0;
  }

  static BenchCampaign make(RunningApp app, Scale scale) throws Exception {
    List<String> units = new ArrayList<>();
    StringBuilder csv = new StringBuilder("code,name_vi,name_en,kind,parent_code\n");
    for (int u = 1; u <= scale.units(); u++) {
      String code = String.format("BS%04d", u);
      units.add(code);
      csv.append(code).append(",Sở thử tải số ").append(u).append(",,DEPARTMENT,\n");
    }
    expect(app.sendBytes("POST", "/api/units", "text/csv", bytes(csv), ADMIN, ADMIN_PASSWORD));
    FrameworkTable table = FrameworkTable.of(scale.leaves());
    long framework = framework(app, table);
    String name = "Thử tải " + units.size() + " đơn vị";
    long id = campaign(app, framework, table, units, name);
    long atWork = campaign(app, framework, table, units, name + " (đang tự chấm)");
    String appraiser = "bench.snv";
    app.createApiAccount(appraiser, "Thẩm Định Thử Tải", "SNV", "APPRAISER", PASSWORD);
    BenchCampaign c = new BenchCampaign(id, atWork, units, table.leaves(), appraiser);
    c.scoreLeaves(app, id, units);
    c.scoreLeaves(app, atWork, c.atWorkUnits());
    c.submitAndAppraise(app);
    return c;
  }

  private static long framework(RunningApp app, FrameworkTable table) {
    HttpResponse<byte[]> imported =
        app.sendBytes(
            "POST",
            "/api/frameworks?code=BENCH-"
                + table.leaves().size()
                + "&name=Th%E1%BB%AD%20t%E1%BA%A3i&targetGroup=DEPARTMENT&fromYear=2026&total="
                + table.total(),
            "text/csv",
            table.csv().getBytes(StandardCharsets.UTF_8),
            ADMIN,
            ADMIN_PASSWORD);
    expect(imported);
    long framework = RunningApp.idOf(new String(imported.body(), StandardCharsets.UTF_8));
    expect(app.asAdmin("POST", "/api/frameworks/" + framework + "/publish", null));
    return framework;
  }

  private static long campaign(
      RunningApp app, long framework, FrameworkTable table, List<String> units, String name) {
    String subjects = units.stream().map(u -> "\"" + u + "\"").collect(Collectors.joining(","));
    HttpResponse<String> created =
        app.asAdmin(
            "POST",
            "/api/campaigns",
            "{\"name\":\""
                + name
                + "\",\"year\":2026,\"frameworkId\":"
                + framework
                + ",\"kind\":\"INTERNAL\",\"fourEyes\":false,\"subjectUnitCodes\":["
                + subjects
                + "],\"phases\":{\"selfAssessmentOpens\":\"2026-01-01\","
                + "\"selfAssessmentCloses\":\"2099-12-31\"}}");
    expect(created);
    long id = RunningApp.idOf(created.body());
    expect(
        app.sendBytes(
            "POST",
            "/api/campaigns/" + id + "/assignments",
            "text/csv",
            bytes(table.assignmentToSnv()),
            ADMIN,
            ADMIN_PASSWORD));
    expect(app.asAdmin("POST", "/api/campaigns/" + id + "/open", null));
    return id;
  }

  /** Every leaf of these subjects self-scored, every tenth with its evidence. */
  private void scoreLeaves(RunningApp app, long campaign, List<String> subjects) throws Exception {
    parallel(
        subjects.size(),
        u -> {
          String unit = subjects.get(u);
          String base = "/api/campaigns/" + campaign + "/subjects/" + unit + "/scores/";
          for (int l = 0; l < leaves.size(); l++) {
            boolean binary = l % 2 == 0;
            String body =
                binary
                    ? "{\"value\":" + ((u + l) % 5 == 0 ? 0 : 1) + WHY
                    : "{\"selfScore\":" + (((u * 7 + l) % 5) * 0.5) + WHY;
            String leaf = leaves.get(l);
            expect(() -> app.asAdmin("PUT", base + leaf, body));
            if (l % 10 == 0) {
              upload(app, base + leaves.get(l) + "/evidence", unit, l);
            }
          }
          return null;
        });
  }

  private void upload(RunningApp app, String path, String unit, int leaf) {
    byte[] pdf =
        ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Kế hoạch CCHC của "
                + unit
                + ", tiêu chí "
                + leaf
                + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);
    MultipartBody body =
        MultipartBody.of(
            Map.of("number", leaf + "/KH-" + unit, "date", "2026-01-05", "issuer", unit),
            "ke-hoach-" + leaf + ".pdf",
            "application/pdf",
            pdf);
    expect(
        () -> app.sendBytes("POST", path, body.contentType(), body.bytes(), ADMIN, ADMIN_PASSWORD));
  }

  private void submitAndAppraise(RunningApp app) throws Exception {
    List<String> submitted = units;
    parallel(
        submitted.size(),
        u -> {
          String submit = "/api/campaigns/" + id + "/subjects/" + submitted.get(u) + "/submit";
          try {
            expect(app.asAdmin("POST", submit, "{}"));
          } catch (IllegalStateException closed) {
            // Sent again on a new connection (see expect): the first may have been taken, so
            // the work may be submitted already (409).
            if (app.asAdmin("POST", submit, "{}").statusCode() / 100 != 2
                && !app.asAdmin(
                        "GET",
                        "/api/campaigns/" + id + "/units/" + submitted.get(u) + "/workspace",
                        null)
                    .body()
                    .contains("\"SUBMITTED\"")) {
              throw closed;
            }
          }
          return null;
        });
    expect(() -> app.asAdmin("POST", "/api/campaigns/" + id + "/appraisal/rounds", "{}"));
    parallel(
        submitted.size(),
        u -> {
          String base = "/api/campaigns/" + id + "/subjects/" + submitted.get(u) + "/appraisals/";
          for (int l = 0; l < leaves.size(); l += 5) {
            String body = "{\"round\":1,\"score\":0,\"comment\":\"Chưa có văn bản chứng minh\"}";
            String leaf = leaves.get(l);
            expect(() -> app.send("PUT", base + leaf, body, appraiser, PASSWORD));
          }
          return null;
        });
    expect(
        app.asAdmin(
            "PUT",
            "/api/campaigns/" + id + "/results/settings",
            "{\"bands\":[{\"name\":\"Tốt\",\"from\":80},{\"name\":\"Khá\",\"from\":60},"
                + "{\"name\":\"Trung bình\",\"from\":0}]}"));
  }

  /**
   * Runs {@code work(i)} for every i below {@code count} on a few threads, failing on the first.
   */
  static void parallel(int count, IntFunction<Void> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        done.add(pool.submit(() -> work.apply(n)));
      }
      for (Future<Void> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Sends and checks the answer; sent once more when the server closed the kept-alive connection as
   * the client reused it (Grizzly ends one after 256 requests): every call here may be repeated (a
   * score is set, not added to; the same file is stored once).
   */
  static <T> HttpResponse<T> expect(Supplier<HttpResponse<T>> send) {
    try {
      return expect(send.get());
    } catch (IllegalStateException closed) {
      if (!(closed.getCause() instanceof java.io.IOException)) {
        throw closed;
      }
      return expect(send.get());
    }
  }

  static <T> HttpResponse<T> expect(HttpResponse<T> response) {
    int status = response.statusCode();
    if (status != 200 && status != 201 && status != 204) {
      Object body = response.body();
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.request().uri()
              + ": "
              + status
              + " "
              + (body instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : body));
    }
    return response;
  }

  private static byte[] bytes(CharSequence text) {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
