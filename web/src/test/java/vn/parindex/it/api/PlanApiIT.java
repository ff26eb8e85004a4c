package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * Plans over HTTP: Sở Nội vụ writes plan 520 and imports its tasks (a wrong table refused whole),
 * the lead unit reports progress with its own evidence (another unit, a stale version, a wrong
 * period and a document not its own refused), the late task shows in the unit's record of
 * timeliness, overdue units are reminded, and the progress report downloads; a unit's own plan is
 * the unit's.
 */
class PlanApiIT extends SelfAssessmentApiTest {
  private static final String TABLE =
      "no,content,lead_unit,deadline,partner_units,indicator,target,criteria\n"
          + "1,Ban hành Kế hoạch CCHC năm,VPUBND,30/06/2026,STP,Kế hoạch,1,1.1\n"
          + "2,\"Tỷ lệ hồ sơ trực tuyến, toàn trình\",STP,31/12/2027,,Tỷ lệ %,\"95,5\",6.2\n";

  private static HttpResponse<String> asOfficer(String method, String path, String json) {
    return app.send(method, path, json, OFFICER, PASSWORD);
  }

  private static Reply csv(String path, String table) {
    HttpResponse<byte[]> r =
        app.sendBytes(
            "POST",
            path,
            "text/csv",
            table.getBytes(StandardCharsets.UTF_8),
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    return new Reply(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
  }

  @Test
  void aLeadUnitReportsProgressWithItsEvidenceAndALateTaskCountsInItsRecord() throws Exception {
    HttpResponse<String> created =
        app.asAdmin(
            "POST",
            "/api/plans",
            "{\"kind\":\"PROVINCE_ANNUAL\",\"ownerCode\":\"SNV\",\"number\":\"520/KH-UBND\","
                + "\"issuedOn\":\"2025-12-24\",\"issuer\":\"UBND tỉnh Hà Tĩnh\",\"year\":2026,"
                + "\"title\":\"Kế hoạch cải cách hành chính năm 2026\"}");
    assertEquals(201, created.statusCode(), created.body());
    long plan = object(created).getJsonNumber("id").longValue();
    String path = "/api/plans/" + plan;

    Reply wrong = csv(path + "/tasks", TABLE + "3,Việc sai,XYZ,31/02/2026,,,,abc\n");
    assertEquals(422, wrong.statusCode(), wrong.body());
    for (String cell :
        List.of("\"column\":\"lead_unit\"", "\"column\":\"deadline\"", "\"row\":4")) {
      assertTrue(wrong.body().contains(cell), cell + ": " + wrong.body());
    }
    assertEquals(0, object(app.asAdmin("GET", path, null)).getJsonArray("tasks").size());
    Reply loaded = csv(path + "/tasks", TABLE);
    assertEquals(201, loaded.statusCode(), loaded.body());
    assertEquals(2, object(loaded).getInt("added"));
    Reply again =
        csv(
            path + "/tasks",
            TABLE.replace(
                "Ban hành Kế hoạch CCHC năm", "\"Ban hành, triển khai Kế hoạch CCHC năm\""));
    assertEquals(201, again.statusCode(), again.body());
    assertEquals(0, object(again).getInt("added"));
    assertEquals(2, object(again).getInt("updated"));

    JsonObject first = task(path, 1);
    assertEquals("Ban hành, triển khai Kế hoạch CCHC năm", first.getString("content"));
    assertEquals("OVERDUE", first.getString("state"));
    String progress = path + "/tasks/" + first.getJsonNumber("id").longValue() + "/progress";
    long version = first.getJsonNumber("version").longValue();

    long document = uploadEvidence();
    assertEquals(
        403,
        app.send("PUT", progress, report(version, "2026-Q3", document), FOREIGN, PASSWORD)
            .statusCode(),
        "another unit's task");
    HttpResponse<String> nullDocument =
        asOfficer(
            "PUT", progress, report(version, "2026-Q3", document).replace("[" + document, "[null"));
    assertEquals(422, nullDocument.statusCode(), nullDocument.body());
    HttpResponse<String> refused =
        asOfficer("PUT", progress, report(version, "2026-13", 987654321L));
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("\"field\":\"period\""), refused.body());
    assertTrue(refused.body().contains("\"field\":\"evidence\""), refused.body());
    HttpResponse<String> reported =
        asOfficer("PUT", progress, report(version, "2026-Q3", document));
    assertEquals(200, reported.statusCode(), reported.body());
    JsonObject detail = object(reported);
    assertEquals("DONE_LATE", detail.getJsonObject("task").getString("state"));
    assertEquals(10, detail.getJsonObject("task").getInt("daysLate"), "30/06 to 10/07");
    assertEquals(
        document,
        detail
            .getJsonArray("reports")
            .getJsonObject(0)
            .getJsonArray("evidence")
            .getJsonNumber(0)
            .longValue());
    assertEquals(
        409, asOfficer("PUT", progress, report(version, "2026-Q4", document)).statusCode());

    JsonObject listed =
        array(asOfficer("GET", "/api/plans?year=2026", null)).getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getJsonNumber("id").longValue() == plan)
            .findFirst()
            .orElseThrow();
    assertEquals(1, listed.getJsonObject("tally").getInt("doneLate"));
    assertEquals(1, listed.getJsonObject("tally").getInt("notStarted"));
    assertTrue(
        app.asAdmin("GET", "/api/units/VPUBND/record?year=2026", null)
            .body()
            .contains("PLAN_TASK_LATE"),
        "the task done late is in the unit's record");
    JsonObject vp =
        array(app.asAdmin("GET", "/api/plans/units?year=2026", null))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(u -> u.getString("unitCode").equals("VPUBND"))
            .findFirst()
            .orElseThrow();
    assertEquals(1, vp.getJsonObject("tally").getInt("doneLate"));
    assertEquals(403, asOfficer("GET", "/api/plans/units?year=2026", null).statusCode());
    assertEquals(403, asOfficer("GET", "/api/plans/tasks?unit=STP&year=2026", null).statusCode());
    assertEquals(
        1,
        object(asOfficer("GET", "/api/plans/tasks?unit=VPUBND&year=2026", null))
            .getJsonArray("tasks")
            .size());

    remindersAndReport(path);
    headerAndTasksCorrected(path);
  }

  /** The header and a task corrected at the version read; a stale one, a foreign unit refused. */
  private static void headerAndTasksCorrected(String path) {
    long version = object(app.asAdmin("GET", path, null)).getJsonObject("plan").getInt("version");
    String header =
        "{\"number\":\"520/KH-UBND\",\"issuedOn\":\"2025-12-24\",\"year\":2026,"
            + "\"title\":\"Kế hoạch cải cách hành chính năm 2026 (sửa đổi)\",\"version\":";
    assertEquals(403, asOfficer("PUT", path, header + version + "}").statusCode());
    assertEquals(
        422,
        app.asAdmin("PUT", path, header.replace("2025-12-24", "2020-01-01") + version + "}")
            .statusCode());
    HttpResponse<String> saved = app.asAdmin("PUT", path, header + version + "}");
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(
        "Kế hoạch cải cách hành chính năm 2026 (sửa đổi)", object(saved).getString("title"));
    assertEquals(409, app.asAdmin("PUT", path, header + version + "}").statusCode(), "stale");

    JsonObject third = task(path, 3);
    String taskPath = path + "/tasks/" + third.getJsonNumber("id").longValue();
    long taskVersion = third.getJsonNumber("version").longValue();
    assertEquals(200, asOfficer("GET", taskPath, null).statusCode());
    String corrected =
        "{\"content\":\"Rà soát, đơn giản hóa thủ tục hành chính\",\"leadCode\":\"STP\","
            + "\"deadline\":\"2026-04-30\",\"criteria\":[\"3.1\"],\"version\":";
    assertEquals(403, asOfficer("PUT", taskPath, corrected + taskVersion + "}").statusCode());
    HttpResponse<String> changed = app.asAdmin("PUT", taskPath, corrected + taskVersion + "}");
    assertEquals(200, changed.statusCode(), changed.body());
    JsonObject after = object(changed).getJsonObject("task");
    assertEquals(3, after.getInt("number"), "the number stays");
    assertEquals("2026-04-30", after.getString("deadline"));
    assertEquals(409, app.asAdmin("PUT", taskPath, corrected + taskVersion + "}").statusCode());
    assertEquals(
        409, app.asAdmin("DELETE", taskPath + "?version=" + taskVersion, null).statusCode());
    long now = after.getJsonNumber("version").longValue();
    assertEquals(403, asOfficer("DELETE", taskPath + "?version=" + now, null).statusCode());
    assertEquals(204, app.asAdmin("DELETE", taskPath + "?version=" + now, null).statusCode());
    assertEquals(404, app.asAdmin("GET", taskPath, null).statusCode());
    assertEquals(2, object(app.asAdmin("GET", path, null)).getJsonArray("tasks").size());
  }

  private static void remindersAndReport(String path) throws IOException {
    HttpResponse<String> added =
        app.asAdmin(
            "POST",
            path + "/tasks",
            "{\"number\":3,\"content\":\"Rà soát thủ tục hành chính\",\"leadCode\":\"STP\","
                + "\"deadline\":\"2026-03-31\",\"criteria\":[\"3.1\"]}");
    assertEquals(201, added.statusCode(), added.body());
    assertEquals(
        422,
        app.asAdmin("POST", path + "/tasks", "{\"number\":3,\"content\":\"Lặp\"}").statusCode());
    assertEquals(403, asOfficer("POST", path + "/reminders", null).statusCode());
    HttpResponse<String> reminded = app.asAdmin("POST", path + "/reminders", null);
    assertEquals(200, reminded.statusCode(), reminded.body());
    JsonObject reminder = array(reminded).getJsonObject(0);
    assertEquals("STP", reminder.getString("unitCode"));
    assertEquals(1, reminder.getInt("overdue"));

    HttpResponse<byte[]> pdf =
        app.sendBytes("GET", path + "/report?format=pdf", null, null, OFFICER, PASSWORD);
    assertEquals(200, pdf.statusCode());
    // Kept beside the screenshots for a person to look at, as printed for the People's Committee.
    Files.write(
        Files.createDirectories(Path.of("target", "screenshots")).resolve("plan-progress.pdf"),
        pdf.body());
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(text.contains("KẾ HOẠCH 520/KH-UBND"), text);
      assertTrue(text.contains("Hoàn thành muộn (10 ngày)"), text);
      assertTrue(text.contains("Tổng số 3 nhiệm vụ"), text);
    }
    for (String format : List.of("docx", "xlsx")) {
      HttpResponse<byte[]> file =
          app.sendBytes("GET", path + "/report?format=" + format, null, null, OFFICER, PASSWORD);
      assertEquals(200, file.statusCode());
      Files.write(Path.of("target", "screenshots", "plan-progress." + format), file.body());
    }
  }

  @Test
  void aUnitsOwnPlanIsTheUnitsAndTheProvincesIsSoNoiVusToWrite() {
    String own =
        "{\"kind\":\"UNIT_ANNUAL\",\"ownerCode\":\"VPUBND\",\"number\":\"15/KH-VP\",\"year\":2026,"
            + "\"title\":\"Kế hoạch CCHC năm 2026 của Văn phòng\"}";
    HttpResponse<String> created = asOfficer("POST", "/api/plans", own);
    assertEquals(201, created.statusCode(), created.body());
    String path = "/api/plans/" + object(created).getJsonNumber("id").longValue();
    assertEquals(403, app.send("GET", path, null, FOREIGN, PASSWORD).statusCode());
    assertEquals(403, app.send("POST", "/api/plans", own, FOREIGN, PASSWORD).statusCode());
    assertEquals(
        403,
        asOfficer("POST", "/api/plans", own.replace("UNIT_ANNUAL", "PROVINCE_ANNUAL"))
            .statusCode());
    HttpResponse<String> bad =
        asOfficer(
            "POST",
            "/api/plans",
            "{\"kind\":\"UNIT_ANNUAL\",\"ownerCode\":\"VPUBND\",\"number\":\"x\\u0000\","
                + "\"year\":1999,\"title\":\"\"}");
    assertEquals(422, bad.statusCode(), bad.body());
    HttpResponse<byte[]> notATable =
        app.sendBytes("POST", path + "/tasks", "text/csv", PDF, OFFICER, PASSWORD);
    assertEquals(422, notATable.statusCode(), "a PDF sent as the task table");
    HttpResponse<String> tooLong =
        asOfficer(
            "POST",
            path + "/tasks",
            "{\"number\":1,\"content\":\""
                + "x".repeat(10_000)
                + "\",\"leadCode\":\"VPUBND\",\"deadline\":\"2026-12-31\"}");
    assertEquals(422, tooLong.statusCode(), tooLong.body());
    assertTrue(tooLong.body().contains("\"field\":\"content\""), tooLong.body());
    assertEquals(0, object(asOfficer("GET", path, null)).getJsonArray("tasks").size());
    HttpResponse<String> nulls =
        asOfficer(
            "POST",
            path + "/tasks",
            "{\"number\":1,\"content\":\"Việc\",\"leadCode\":\"VPUBND\","
                + "\"deadline\":\"2026-12-31\",\"partners\":[null],\"criteria\":[null]}");
    assertEquals(422, nulls.statusCode(), nulls.body());
    assertTrue(nulls.body().contains("\"field\":\"partners\""), nulls.body());
    assertTrue(nulls.body().contains("\"field\":\"criteria\""), nulls.body());
    HttpResponse<String> noOwner =
        asOfficer(
            "POST", "/api/plans", "{\"kind\":\"UNIT_ANNUAL\",\"number\":\"1\",\"year\":2026}");
    assertEquals(422, noOwner.statusCode(), noOwner.body());
    assertTrue(noOwner.body().contains("\"field\":\"ownerCode\""), noOwner.body());
    assertEquals(404, asOfficer("GET", path + "/tasks/987654321", null).statusCode());
    assertEquals(422, asOfficer("DELETE", path + "?version=abc", null).statusCode());
    long version = object(app.asAdmin("GET", path, null)).getJsonObject("plan").getInt("version");
    assertEquals(409, asOfficer("DELETE", path + "?version=" + (version + 3), null).statusCode());
    assertEquals(204, asOfficer("DELETE", path + "?version=" + version, null).statusCode());
    assertEquals(404, asOfficer("GET", path, null).statusCode());
  }

  private static JsonObject task(String path, int number) {
    return object(app.asAdmin("GET", path, null))
        .getJsonArray("tasks")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(t -> t.getInt("number") == number)
        .findFirst()
        .orElseThrow();
  }

  private static String report(long version, String period, long document) {
    return "{\"version\":"
        + version
        + ",\"period\":\""
        + period
        + "\",\"status\":\"DONE\",\"reached\":1,\"doneOn\":\"2026-07-10\","
        + "\"note\":\"Đã ban hành Kế hoạch số 520/KH-UBND\",\"evidence\":["
        + document
        + "]}";
  }

  /** A document of the lead unit's in the evidence store: uploaded on its leaf of a campaign. */
  private static long uploadEvidence() throws IOException {
    long campaign = openCampaign("2099-12-31");
    Reply uploaded =
        upload(
            "/api/campaigns/" + campaign + "/subjects/UBND/scores/7.3.3/evidence",
            "Kế hoạch 520.pdf",
            PDF,
            Map.of(),
            OFFICER);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    return object(uploaded).getJsonNumber("id").longValue();
  }
}
