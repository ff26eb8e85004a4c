package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.AppraisedCampaign;
import vn.parindex.it.support.RunningApp;

/**
 * The record of timeliness over HTTP: a unit that let a campaign close without sending its work has
 * that lapse in its record and in the report to the People's Committee; another unit may not read
 * it; an INTERNAL campaign of the same year takes points off for it, with its arithmetic, once the
 * campaign is appraised.
 */
class TimelinessApiIT extends ApiTest {
  private static final String PASSWORD = "DungHan2023!";

  @BeforeAll
  static void accounts() {
    app.createApiAccount("dh.stp", "Đỗ Thị Tư Pháp", "STP", "UNIT_OFFICER", PASSWORD);
    app.createApiAccount("dh.vp", "Đinh Văn Phòng", "VPUBND", "UNIT_OFFICER", PASSWORD);
  }

  private static HttpResponse<String> get(String path, String user) {
    return app.send("GET", path, null, user, PASSWORD);
  }

  /** The lapses of {@code kind} in STP's record of 2023 that campaign {@code campaign} caused. */
  private static List<JsonObject> stpLapses(String kind, long campaign, boolean ofIt) {
    HttpResponse<String> record = get("/api/units/STP/record?year=2023", "dh.stp");
    assertEquals(200, record.statusCode(), record.body());
    return object(record).getJsonArray("lapses").getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getString("kind").equals(kind))
        .filter(l -> (l.getJsonNumber("campaignId").longValue() == campaign) == ofIt)
        .toList();
  }

  @Test
  void aCampaignClosedWithoutTheUnitsWorkIsALapseInItsRecordAndTheReport() throws IOException {
    long campaign = app.openSampleCampaign(app.unique("Tự đánh giá 2023 (đúng hạn)"), "2023-12-10");

    List<JsonObject> late = stpLapses("SUBMISSION_LATE", campaign, true);
    assertEquals(1, late.size(), late.toString());
    JsonObject lapse = late.get(0);
    assertTrue(lapse.getBoolean("open"), "nothing sent yet");
    assertEquals("2023-12-10", lapse.getString("on"));
    long days =
        ChronoUnit.DAYS.between(
            LocalDate.of(2023, 12, 10), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
    assertEquals(days, lapse.getInt("daysLate"));

    assertEquals(403, get("/api/units/STP/record?year=2023", "dh.vp").statusCode());
    assertEquals(403, get("/api/timeliness?year=2023", "dh.stp").statusCode());
    HttpResponse<String> notAYear = app.asAdmin("GET", "/api/units/STP/record?year=abc", null);
    assertEquals(422, notAYear.statusCode());
    assertTrue(notAYear.body().contains("Năm phải từ 2000 đến 2100."), notAYear.body());
    assertEquals(422, app.asAdmin("GET", "/api/timeliness?year=1800", null).statusCode());
    assertEquals(
        404, app.asAdmin("GET", "/api/units/KHONG_CO/record?year=2023", null).statusCode());

    JsonObject stp =
        array(app.asAdmin("GET", "/api/timeliness?year=2023", null))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getString("unitCode").equals("STP"))
            .findFirst()
            .orElseThrow();
    assertTrue(stp.getJsonObject("counts").getInt("SUBMISSION_LATE") >= 1, stp.toString());
    assertTrue(stp.getInt("total") >= stp.getJsonObject("counts").getInt("SUBMISSION_LATE"));

    HttpResponse<byte[]> docx =
        app.sendBytes(
            "GET",
            "/api/timeliness/report?year=2023&format=docx",
            null,
            null,
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    assertEquals(200, docx.statusCode());
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        XWPFWordExtractor text = new XWPFWordExtractor(word)) {
      assertTrue(text.getText().contains("STP — Sở Tư pháp"), text.getText());
      assertTrue(text.getText().contains("Năm 2023"));
    }
    assertEquals(
        422, app.asAdmin("GET", "/api/timeliness/report?year=2023&format=html", null).statusCode());
  }

  @Test
  void anInternalCampaignTakesItsPointsOffWithTheArithmetic() throws IOException {
    long provincial =
        app.openSampleCampaign(app.unique("Tự đánh giá 2023 (trừ điểm)"), "2023-12-10");
    long internal =
        app.openDepartmentCampaign(app.unique("SO-DH"), app.unique("Các sở 2023 (đúng hạn)"));
    String rules = "/api/campaigns/" + internal + "/timeliness/rules";
    assertEquals(
        422,
        app.asAdmin("PUT", rules, "{\"points\":{\"SUBMISSION_LATE\":-1},\"cap\":2}").statusCode());
    assertEquals(
        422,
        app.asAdmin("PUT", rules, "{\"points\":{\"SUBMISSION_LATE\":0.005},\"cap\":2}")
            .statusCode());
    assertEquals(
        409,
        app.asAdmin(
                "PUT",
                "/api/campaigns/" + provincial + "/timeliness/rules",
                "{\"points\":{},\"cap\":1}")
            .statusCode(),
        "a provincial campaign counts no deduction");
    HttpResponse<String> saved =
        app.asAdmin("PUT", rules, "{\"points\":{\"SUBMISSION_LATE\":0.5},\"cap\":2}");
    assertEquals(200, saved.statusCode(), saved.body());

    int lapses = stpLapses("SUBMISSION_LATE", internal, false).size();
    assertTrue(lapses >= 1);
    BigDecimal expected =
        new BigDecimal("0.5").multiply(BigDecimal.valueOf(lapses)).min(new BigDecimal(2));
    String deductions = "/api/campaigns/" + internal + "/timeliness/deductions";
    JsonObject stp = stpOf(array(app.asAdmin("GET", deductions, null)));
    assertEquals(
        0, expected.compareTo(stp.getJsonNumber("applied").bigDecimalValue()), stp.toString());
    assertTrue(
        stp.getString("arithmetic").startsWith("Gửi kết quả muộn: " + lapses + " × 0,5 = "),
        stp.getString("arithmetic"));
    assertEquals(
        0, stp.getJsonNumber("inResults").bigDecimalValue().signum(), "nothing applied yet");
    assertEquals(409, app.asAdmin("POST", deductions, null).statusCode(), "not appraised yet");

    AppraisedCampaign.startAppraisal(app, internal);
    String base = "/api/campaigns/" + internal;
    HttpResponse<String> applied = app.asAdmin("POST", deductions, null);
    assertEquals(200, applied.statusCode(), applied.body());
    JsonObject now = stpOf(array(app.asAdmin("GET", deductions, null)));
    assertEquals(
        0, expected.compareTo(now.getJsonNumber("inResults").bigDecimalValue()), now.toString());

    JsonObject result = stpOf(array(app.asAdmin("GET", base + "/results", null)));
    assertEquals(
        0,
        BigDecimal.TEN
            .subtract(expected)
            .compareTo(result.getJsonNumber("total").bigDecimalValue()),
        result.toString());
  }

  private static JsonObject stpOf(JsonArray rows) {
    return rows.getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("unitCode").equals("STP"))
        .findFirst()
        .orElseThrow();
  }
}
