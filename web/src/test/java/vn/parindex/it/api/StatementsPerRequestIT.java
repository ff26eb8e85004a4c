package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;
import vn.parindex.it.support.Sessions;
import vn.parindex.it.support.TwoLeafCampaign;

/**
 * The N+1 guard: the lists and pages Sở Nội vụ reads run as many SQL statements for a campaign of 6
 * units as for one of 2. The running app logs each request's statements (a counting JDBC proxy,
 * switched on by {@code PARINDEX_SQL_COUNT}); a statement per unit would show here as a difference
 * of 4 or more.
 */
class StatementsPerRequestIT {
  private static final Pattern COUNTED = Pattern.compile("SQL statements (\\d+): GET (\\S+)");
  private static final List<String> LISTS = List.of("scores", "results", "assignments");
  private static final List<String> PAGES =
      List.of("consolidation.xhtml?id=", "appraisal.xhtml?id=", "results.xhtml?id=");

  /**
   * What each page may cost on H2, a little over what it runs (28, 23, 37): a page that read its
   * campaign or the caller's account once more than it needs, as each of them did before, is over.
   * The results and consolidation pages read two more since units have a history: the former names
   * (units named as in the campaign's year), and on the results page the recorded merges (a unit's
   * index follows its predecessors').
   */
  private static final Map<String, Integer> PAGE_BUDGET =
      Map.of("consolidation.xhtml?id=", 30, "appraisal.xhtml?id=", 25, "results.xhtml?id=", 39);

  private static final String PASSWORD = "ThamDinhSql2023";

  /** What a page of 25 rows may cost: the session's checks, the bell, a count and a page. */
  private static final int LONG_LIST_STATEMENTS = 15;

  private final RunningApp app = RunningApp.get();
  private final String appraiser = app.unique("sql.snv");

  @Test
  void listsRunTheSameStatementsWhateverTheNumberOfUnits() throws Exception {
    app.createApiAccount(appraiser, "Thẩm Định Đếm", "SNV", "APPRAISER", PASSWORD);
    long small = campaignOf(List.of("STP", "VPUBND"));
    long large = campaignOf(List.of("STP", "VPUBND", "SKHDT", "STC", "SCT", "SXD"));
    for (String list : LISTS) {
      int few = statements("/api/campaigns/" + small + "/" + list);
      int many = statements("/api/campaigns/" + large + "/" + list);
      System.out.printf("[sql per request] %s: 2 units %d, 6 units %d%n", list, few, many);
      assertEquals(few, many, list + ": statements grow with the units");
    }
    String session = adminSession();
    for (String page : PAGES) {
      int few = statements("/app/campaigns/" + page + small, session);
      int many = statements("/app/campaigns/" + page + large, session);
      System.out.printf("[sql per request] %s: 2 units %d, 6 units %d%n", page, few, many);
      assertEquals(few, many, page + ": statements grow with the units");
      assertTrue(many <= PAGE_BUDGET.get(page), page + ": " + many + " statements");
    }
  }

  /** An opened INTERNAL campaign of these units, each with both leaves self-scored. */
  private long campaignOf(List<String> units) {
    long campaign = TwoLeafCampaign.open(app, units);
    String base = "/api/campaigns/" + campaign;
    String why = ",\"explanation\":\"Văn bản đang trình ký\"}";
    for (String unit : units) {
      String scores = base + "/subjects/" + unit + "/scores/";
      assertEquals(200, app.asAdmin("PUT", scores + "1.1", "{\"value\":1" + why).statusCode());
      assertEquals(200, app.asAdmin("PUT", scores + "1.2", "{\"selfScore\":3" + why).statusCode());
      assertEquals(
          200, app.asAdmin("POST", base + "/subjects/" + unit + "/submit", "{}").statusCode());
    }
    appraiseAll(base, units);
    return campaign;
  }

  /**
   * Round 1 started, with an appraisal and bonus points on every unit: each is read with its unit,
   * or a statement a unit shows here.
   */
  private void appraiseAll(String base, List<String> units) {
    assertEquals(200, app.asAdmin("POST", base + "/appraisal/rounds", "{}").statusCode());
    for (String unit : units) {
      assertEquals(
          200,
          app.send(
                  "PUT",
                  base + "/subjects/" + unit + "/appraisals/1.1",
                  "{\"round\":1,\"score\":5,\"comment\":\"Ban hành chậm\"}",
                  appraiser,
                  PASSWORD)
              .statusCode());
      assertEquals(
          200,
          app.asAdmin(
                  "PUT",
                  base + "/subjects/" + unit + "/adjustment",
                  "{\"bonus\":0.5,\"penalty\":0,\"reason\":\"Sáng kiến\"}")
              .statusCode());
    }
  }

  /** The statements the server logged for one GET of {@code path} by the helper admin. */
  /**
   * The unit and account lists read one page of rows whatever the number stored: a statement per
   * row (a unit's parent, an account's roles) would be 25 more.
   */
  @Test
  void longListsReadAPageInAFewStatements() throws Exception {
    String session = adminSession();
    for (String page : List.of("/app/units.xhtml", "/app/admin/accounts.xhtml")) {
      int statements = statements(page, session);
      System.out.printf("[sql per request] %s: %d%n", page, statements);
      assertTrue(statements <= LONG_LIST_STATEMENTS, page + ": " + statements + " statements");
    }
  }

  private String adminSession() throws IOException, InterruptedException {
    return Sessions.open(
            app.url("/").replaceAll("/$", ""),
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD,
            1)
        .get(0);
  }

  private int statements(String path) throws IOException, InterruptedException {
    return statements(path, null);
  }

  /** The same, on a logged-in session when {@code session} (a cookie) is given. */
  private int statements(String path, String session) throws IOException, InterruptedException {
    String probe = path + (path.contains("?") ? "&" : "?") + "probe=" + app.unique("q");
    HttpResponse<String> response =
        session == null
            ? app.asAdmin("GET", probe, null)
            : HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(app.url(probe)))
                        .header("Cookie", session)
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
    assertTrue(response.statusCode() < 300, probe + ": " + response.statusCode());
    for (int attempt = 0; attempt < 50; attempt++) {
      // The line is written as the request ends, which may be just after the client has the answer.
      Matcher m = COUNTED.matcher(app.serverLog());
      while (m.find()) {
        if (m.group(2).equals(probe)) {
          return Integer.parseInt(m.group(1));
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No statement count logged for " + probe);
  }
}
