package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;
import vn.parindex.it.support.SurveyLists;

/**
 * The leaders' survey over HTTP: Sở Nội vụ loads the list (a wrong table changes nothing), sets the
 * deadline and quotas, loads the Ministry's export of who answered (by code or by name), and sees
 * the units below quota; a reminder goes to them; a unit past the deadline below its quota has it
 * in its record of timeliness; a unit's officer reads only its own unit's part and changes nothing.
 */
class SurveyParticipationApiIT extends ApiTest {
  private static final String PASSWORD = "KhaoSat2023!";
  private static final int PEOPLE = 600;
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String LIST = SurveyLists.FIVE;

  @BeforeAll
  static void accounts() {
    app.createApiAccount("ks.stp", "Võ Thị Tư Pháp", "STP", "UNIT_OFFICER", PASSWORD);
  }

  private static String path(long campaign) {
    return "/api/campaigns/" + campaign + "/survey-participation";
  }

  private static HttpResponse<byte[]> load(long campaign, String type, byte[] table, String user) {
    String password = user.equals(RunningApp.HELPER_ADMIN) ? RunningApp.HELPER_PASSWORD : PASSWORD;
    return app.sendBytes("POST", path(campaign), type, table, user, password);
  }

  private static HttpResponse<byte[]> loadCsv(long campaign, String csv) {
    return load(
        campaign, "text/csv", csv.getBytes(StandardCharsets.UTF_8), RunningApp.HELPER_ADMIN);
  }

  private static JsonObject unit(JsonObject view, String code) {
    return view.getJsonArray("units").getValuesAs(JsonObject.class).stream()
        .filter(u -> u.getString("unitCode").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + view));
  }

  @Test
  void theCoordinatorFollowsTheSurveyAndAUnitMissingItsQuotaHasItInItsRecord() throws IOException {
    long campaign = app.openSampleCampaign(app.unique("Khảo sát lãnh đạo 2023"), "2099-12-31");

    HttpResponse<byte[]> wrong =
        loadCsv(campaign, LIST + "SXX,Ngô Văn Giang,,\nSNV,,,\nSNV,Đỗ Văn Hải,,,có lẽ\n");
    assertEquals(422, wrong.statusCode());
    assertEquals(
        List.of(7, 8, 9),
        objectOf(wrong).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getInt("row"))
            .toList());
    assertEquals(
        "Không có đơn vị mã \"SXX\".",
        objectOf(wrong).getJsonArray("errors").getJsonObject(0).getString("message"));
    assertEquals(
        0, object(app.asAdmin("GET", path(campaign), null)).getJsonArray("respondents").size());

    HttpResponse<byte[]> listed = loadCsv(campaign, LIST);
    assertEquals(201, listed.statusCode(), new String(listed.body(), StandardCharsets.UTF_8));
    assertEquals(5, objectOf(listed).getInt("added"));

    HttpResponse<String> planned =
        app.asAdmin(
            "PUT",
            path(campaign) + "/plan",
            "{\"deadline\":\"2023-12-20\",\"quotas\":{\"SNV\":2},\"version\":0}");
    assertEquals(200, planned.statusCode(), planned.body());
    long version = object(planned).getJsonNumber("version").longValue();
    assertEquals(
        409,
        app.asAdmin("PUT", path(campaign) + "/plan", "{\"quotas\":{},\"version\":0}").statusCode(),
        "a stale version");
    HttpResponse<String> badQuota =
        app.asAdmin(
            "PUT",
            path(campaign) + "/plan",
            "{\"quotas\":{\"SNV\":-1,\"KHONG\":1},\"version\":" + version + "}");
    assertEquals(422, badQuota.statusCode());
    assertTrue(
        badQuota.body().contains("Chỉ tiêu phải là số nguyên từ 0 đến 1.000."), badQuota.body());

    HttpResponse<byte[]> answered = load(campaign, XLSX, ministryExport(), RunningApp.HELPER_ADMIN);
    assertEquals(201, answered.statusCode(), new String(answered.body(), StandardCharsets.UTF_8));
    assertEquals(0, objectOf(answered).getInt("added"));
    assertEquals(3, objectOf(answered).getInt("updated"));

    JsonObject view = object(app.asAdmin("GET", path(campaign), null));
    assertEquals("2023-12-20", view.getString("deadline"));
    JsonObject snv = unit(view, "SNV");
    assertEquals(3, snv.getInt("invited"));
    assertEquals(2, snv.getInt("answered"));
    assertEquals(2, snv.getInt("quota"));
    assertTrue(snv.getBoolean("met"));
    assertEquals("2023-12-22", snv.getString("reachedOn"), "its second answer");
    assertEquals(2, snv.getInt("daysLate"));
    JsonObject stp = unit(view, "STP");
    assertEquals(1, stp.getInt("answered"));
    assertEquals(2, stp.getInt("quota"), "everyone on its list");
    assertFalse(stp.getBoolean("met"));
    JsonObject totals = view.getJsonObject("totals");
    assertEquals(5, totals.getInt("invited"));
    assertEquals(3, totals.getInt("answered"));
    assertEquals(1, totals.getInt("unitsBelowQuota"));

    HttpResponse<String> reminded = app.asAdmin("POST", path(campaign) + "/reminders", null);
    assertEquals(200, reminded.statusCode(), reminded.body());
    assertEquals(
        List.of("STP"),
        array(reminded).getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("unitCode"))
            .toList());

    List<JsonObject> lapses =
        object(app.send("GET", "/api/units/STP/record?year=2023", null, "ks.stp", PASSWORD))
            .getJsonArray("lapses")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(l -> l.getJsonNumber("campaignId").longValue() == campaign)
            .filter(l -> l.getString("kind").equals("SURVEY_MISSED"))
            .toList();
    assertEquals(1, lapses.size(), lapses.toString());
    assertTrue(lapses.get(0).getBoolean("open"));
    assertEquals("2023-12-20", lapses.get(0).getString("on"));
    assertEquals(
        ChronoUnit.DAYS.between(
            LocalDate.of(2023, 12, 20), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))),
        lapses.get(0).getInt("daysLate"));
  }

  @Test
  void aUnitsOfficerReadsItsOwnUnitAndChangesNothing() throws IOException {
    long campaign =
        app.openSampleCampaign(app.unique("Khảo sát lãnh đạo 2023 (đơn vị)"), "2099-12-31");
    assertEquals(201, loadCsv(campaign, LIST).statusCode());

    HttpResponse<String> own = app.send("GET", path(campaign), null, "ks.stp", PASSWORD);
    assertEquals(200, own.statusCode(), own.body());
    JsonObject view = object(own);
    assertEquals(
        List.of("STP"),
        view.getJsonArray("units").getValuesAs(JsonObject.class).stream()
            .map(u -> u.getString("unitCode"))
            .toList());
    assertEquals(2, view.getJsonArray("respondents").size());

    assertEquals(
        403,
        load(campaign, "text/csv", LIST.getBytes(StandardCharsets.UTF_8), "ks.stp").statusCode());
    JsonObject person = view.getJsonArray("respondents").getJsonObject(0);
    String mark = "{\"status\":\"ANSWERED\",\"version\":" + person.getJsonNumber("version") + "}";
    String personPath = path(campaign) + "/respondents/" + person.getJsonNumber("id");
    assertEquals(403, app.send("PUT", personPath, mark, "ks.stp", PASSWORD).statusCode());

    String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
    HttpResponse<String> future =
        app.asAdmin(
            "PUT",
            personPath,
            "{\"status\":\"ANSWERED\",\"answeredOn\":\""
                + tomorrow
                + "\",\"version\":"
                + person.getJsonNumber("version")
                + "}");
    assertEquals(422, future.statusCode());
    assertTrue(future.body().contains("Ngày trả lời không được sau hôm nay."), future.body());
    long other = app.openSampleCampaign(app.unique("Khảo sát lãnh đạo khác"), "2099-12-31");
    assertEquals(
        404,
        app.asAdmin("PUT", path(other) + "/respondents/" + person.getJsonNumber("id"), mark)
            .statusCode(),
        "a person of another campaign");
    HttpResponse<String> marked = app.asAdmin("PUT", personPath, mark);
    assertEquals(200, marked.statusCode(), marked.body());
    assertEquals("ANSWERED", object(marked).getString("status"));
    assertEquals(409, app.asAdmin("PUT", personPath, mark).statusCode(), "the version read");

    long now = object(marked).getJsonNumber("version").longValue();
    assertEquals(
        403,
        app.send("DELETE", personPath + "?version=" + now, null, "ks.stp", PASSWORD).statusCode());
    assertEquals(
        409, app.asAdmin("DELETE", personPath + "?version=" + (now + 1), null).statusCode());
    assertEquals(422, app.asAdmin("DELETE", personPath + "?version=x", null).statusCode());
    assertEquals(204, app.asAdmin("DELETE", personPath + "?version=" + now, null).statusCode());
    assertEquals(
        4, object(app.asAdmin("GET", path(campaign), null)).getJsonArray("respondents").size());
    assertEquals(404, app.asAdmin("DELETE", personPath + "?version=" + now, null).statusCode());
  }

  /** Spoilt bodies are refused with a 4xx that says why, and change nothing. */
  @Test
  void spoiltBodiesAreRefusedAndChangeNothing() throws IOException {
    long campaign =
        app.openSampleCampaign(app.unique("Khảo sát lãnh đạo 2023 (sai)"), "2099-12-31");
    assertEquals(201, loadCsv(campaign, LIST).statusCode());
    JsonObject person =
        object(app.asAdmin("GET", path(campaign), null))
            .getJsonArray("respondents")
            .getJsonObject(0);
    String personPath = path(campaign) + "/respondents/" + person.getJsonNumber("id");
    List<String[]> spoilt =
        List.of(
            new String[] {"PUT", path(campaign) + "/plan", "{\"deadline\":\"31/12/2023\"}"},
            new String[] {"PUT", path(campaign) + "/plan", "{\"quotas\":{\"SNV\":\"mười\"}}"},
            new String[] {"PUT", path(campaign) + "/plan", "{\"deadline\":\"2031-01-01\"}"},
            new String[] {"PUT", path(campaign) + "/plan", ""},
            new String[] {"PUT", personPath, "{\"status\":\"MAYBE\",\"version\":1}"},
            new String[] {"PUT", personPath, "{\"status\":\"ANSWERED\"}"},
            new String[] {"PUT", path(campaign) + "/respondents/abc", "{}"});
    for (String[] call : spoilt) {
      HttpResponse<String> refused = app.asAdmin(call[0], call[1], call[2]);
      assertTrue(
          refused.statusCode() >= 400 && refused.statusCode() < 500,
          call[2] + " → " + refused.statusCode() + " " + refused.body());
    }
    JsonObject after = object(app.asAdmin("GET", path(campaign), null));
    assertEquals(0, after.getJsonNumber("version").longValue(), "no round planned");
    assertEquals(
        person, after.getJsonArray("respondents").getJsonObject(0), "the person unchanged");
  }

  /**
   * The same list loaded twice at once lists each person once: the second load finds them. A long
   * list, so that the two loads overlap.
   */
  @Test
  void theSameListLoadedTwiceAtOnceListsEachPersonOnce() throws Exception {
    long campaign =
        app.openSampleCampaign(app.unique("Khảo sát lãnh đạo 2023 (song song)"), "2099-12-31");
    StringBuilder list = new StringBuilder("unit_code,full_name\n");
    for (int i = 1; i <= PEOPLE; i++) {
      list.append(i % 2 == 0 ? "SNV" : "STP").append(",Người thứ ").append(i).append('\n');
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<HttpResponse<byte[]>>> loads =
          pool.invokeAll(
              List.<Callable<HttpResponse<byte[]>>>of(
                  () -> loadCsv(campaign, list.toString()),
                  () -> loadCsv(campaign, list.toString())));
      List<Integer> added = new ArrayList<>();
      for (Future<HttpResponse<byte[]>> load : loads) {
        assertEquals(201, load.get().statusCode());
        added.add(objectOf(load.get()).getInt("added"));
      }
      assertEquals(List.of(0, PEOPLE), added.stream().sorted().toList());
    } finally {
      pool.shutdown();
    }
    assertEquals(
        PEOPLE,
        object(app.asAdmin("GET", path(campaign), null)).getJsonArray("respondents").size());
  }

  /** The Ministry's software's export: one person by code, two by unit and name (case aside). */
  private static byte[] ministryExport() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("Kết quả");
      String[][] rows = {
        {"unit_code", "full_name", "position", "code", "status", "answered_on"},
        {"", "", "", "BNV-0001", "Đã trả lời", "15/12/2023"},
        {"SNV", "TRẦN THỊ BÌNH", "", "", "Đã trả lời", "22/12/2023"},
        {"STP", "Hoàng Văn Em", "", "", "Đã trả lời", "18/12/2023"},
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }
}
