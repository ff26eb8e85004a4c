package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * The province scores two of its departments: Sở Nội vụ appraises, asks Sở Tư pháp to explain,
 * lowers a score in round 2 and marks a criterion not applicable to the Văn phòng; the council
 * finalises, the ranking is published and a viewer reads it; a correction needs its reason.
 */
class AppraisalApiIT extends ApiTest {
  private static final String PASSWORD = "ThamDinh2023!";
  private static String base;
  private static String stp11;

  @BeforeAll
  static void start() {
    app.createApiAccount("td.stp", "Ngô Thị Tư Pháp", "STP", "UNIT_OFFICER", PASSWORD);
    app.createApiAccount("td.vp", "Lý Văn Phòng", "VPUBND", "UNIT_OFFICER", PASSWORD);
    app.createApiAccount("td.snv", "Hà Thị Thẩm Định", "SNV", "APPRAISER", PASSWORD);
    app.createApiAccount("td.stc", "Vũ Văn Tài Chính", "STC", "APPRAISER", PASSWORD);
    app.createApiAccount("td.xem", "Mai Thị Xem", "SNV", "VIEWER", PASSWORD);
  }

  private static HttpResponse<String> put(String path, String json, String user) {
    return app.send("PUT", path, json, user, PASSWORD);
  }

  private static HttpResponse<String> submit(String base, String unit, String officer) {
    return app.send("POST", base + "/subjects/" + unit + "/submit", "{}", officer, PASSWORD);
  }

  private static HttpResponse<String> admin(String path) {
    return app.asAdmin("POST", path, "{}");
  }

  @Test
  void appraisalRoundsExplanationFinalisationAndPublication() throws IOException {
    selfScoredSubmittedAndAppraisedInRoundOne();
    explainedWhileTheWindowIsOpen();
    settledFinalisedAndPublished();
    aCorrectionNeedsItsReason();
    theRankingIsADocumentForEveryone();
    theRankingIsAWorkbookWithNumbers();
  }

  private static void selfScoredSubmittedAndAppraisedInRoundOne() {
    long campaign = app.openDepartmentCampaign("SO-TD-2023", "Chỉ số CCHC các sở 2023 (thẩm định)");
    base = "/api/campaigns/" + campaign;
    for (String unit : List.of("STP", "VPUBND")) {
      String user = unit.equals("STP") ? "td.stp" : "td.vp";
      String why = ",\"explanation\":\"Văn bản đang trình ký\"";
      assertEquals(
          200,
          put(base + "/subjects/" + unit + "/scores/1.1", "{\"value\":1" + why + "}", user)
              .statusCode());
      assertEquals(
          200,
          put(base + "/subjects/" + unit + "/scores/1.2", "{\"selfScore\":4" + why + "}", user)
              .statusCode());
    }
    stp11 = base + "/subjects/STP/appraisals/1.1";
    assertEquals(409, put(stp11, "{\"round\":1,\"score\":3}", "td.snv").statusCode(), "not yet");
    assertEquals(200, submit(base, "STP", "td.stp").statusCode());

    HttpResponse<String> early = admin(base + "/appraisal/rounds");
    assertEquals(409, early.statusCode(), "Văn phòng has not sent its work");
    assertTrue(early.body().contains("VPUBND"), early.body());
    assertEquals(
        "[\"VPUBND\"]", app.asAdmin("GET", base + "/appraisal/rounds/unsubmitted", null).body());
    assertEquals(200, submit(base, "VPUBND", "td.vp").statusCode());
    assertEquals(1, object(admin(base + "/appraisal/rounds")).getInt("appraisalRound"));
    assertEquals(
        403,
        put(stp11, "{\"round\":1,\"score\":3}", "td.stc").statusCode(),
        "Sở Tài chính does not appraise field 1");
    assertEquals(
        403, put(stp11, "{\"round\":1,\"score\":3}", "td.stp").statusCode(), "nor the unit itself");
    assertEquals(422, put(stp11, "{\"round\":1,\"score\":6.5}", "td.snv").statusCode());
    assertEquals(409, put(stp11, "{\"round\":2,\"score\":3}", "td.snv").statusCode());
    HttpResponse<String> lowered =
        put(
            stp11,
            "{\"round\":1,\"score\":3,\"comment\":\"Kế hoạch ban hành chậm\","
                + "\"needsExplanation\":true}",
            "td.snv");
    assertEquals(200, lowered.statusCode(), lowered.body());
    put(base + "/subjects/STP/appraisals/1.2", "{\"round\":1,\"score\":3.5}", "td.snv");
    put(base + "/subjects/VPUBND/appraisals/1.1", "{\"round\":1,\"score\":6}", "td.snv");
    assertEquals(
        422,
        put(
                base + "/subjects/VPUBND/appraisals/1.2",
                "{\"round\":1,\"notApplicable\":true}",
                "td.snv")
            .statusCode(),
        "not applicable needs its reason");
    put(
        base + "/subjects/VPUBND/appraisals/1.2",
        "{\"round\":1,\"notApplicable\":true,\"comment\":\"Văn phòng không có báo cáo riêng\"}",
        "td.snv");
    assertEquals(
        200,
        app.asAdmin(
                "PUT",
                base + "/subjects/STP/adjustment",
                "{\"bonus\":0.5,\"penalty\":0,\"reason\":\"Sáng kiến\"}")
            .statusCode());
  }

  private static void explainedWhileTheWindowIsOpen() {
    String explain = base + "/subjects/STP/explanations/1.1";
    String text = "{\"text\":\"Kế hoạch 45/KH-STP ban hành đúng hạn, xin gửi kèm\"}";
    assertEquals(409, put(explain, text, "td.stp").statusCode(), "the window is not open yet");
    assertEquals(
        "EXPLANATION", object(admin(base + "/appraisal/explanation-window")).getString("status"));
    assertEquals(200, put(explain, text, "td.stp").statusCode());
    assertEquals(
        409,
        put(base + "/subjects/STP/explanations/1.2", text, "td.stp").statusCode(),
        "nothing was asked about 1.2");
    assertEquals(403, put(explain, text, "td.vp").statusCode());
  }

  private static void settledFinalisedAndPublished() {
    String settings = base + "/results/settings";
    assertEquals(
        422,
        app.asAdmin("PUT", settings, "{\"bands\":[{\"name\":\"Tốt\",\"from\":90}]}").statusCode(),
        "the lowest band must start at 0");
    HttpResponse<String> set =
        app.asAdmin(
            "PUT",
            settings,
            "{\"bonusCap\":0.3,\"bands\":[{\"name\":\"Xuất sắc\",\"from\":95},"
                + "{\"name\":\"Tốt\",\"from\":85},{\"name\":\"Chưa tốt\",\"from\":0}]}");
    assertEquals(200, set.statusCode(), set.body());
    assertEquals(2, object(admin(base + "/appraisal/rounds")).getInt("appraisalRound"));
    assertEquals(200, put(stp11, "{\"round\":2,\"score\":5}", "td.snv").statusCode());
    assertEquals("FINALISED", object(admin(base + "/appraisal/finalise")).getString("status"));
    assertEquals(409, put(stp11, "{\"round\":2,\"score\":6}", "td.snv").statusCode(), "locked");
    assertEquals(
        409, app.asAdmin("PUT", settings, "{\"bonusCap\":1}").statusCode(), "settings locked too");

    assertEquals(
        404,
        app.send("GET", base + "/results", null, "td.xem", PASSWORD).statusCode(),
        "nothing published yet");
    JsonObject published = object(admin(base + "/results/publish"));
    assertEquals(1, published.getInt("version"));
    JsonArray results =
        Json.createReader(
                new StringReader(
                    app.send("GET", base + "/results", null, "td.xem", PASSWORD).body()))
            .readArray();
    JsonObject first = results.getJsonObject(0);
    assertEquals("VPUBND", first.getString("unitCode"));
    assertEquals(1, first.getInt("rank"));
    assertEquals(new BigDecimal("6.00"), first.getJsonNumber("applicableMax").bigDecimalValue());
    assertEquals(new BigDecimal("100.00"), first.getJsonNumber("index").bigDecimalValue());
    assertEquals("Xuất sắc", first.getString("classification"));
    JsonObject second = results.getJsonObject(1);
    assertEquals("STP", second.getString("unitCode"));
    assertEquals(2, second.getInt("rank"));
    assertEquals(
        new BigDecimal("8.80"),
        second.getJsonNumber("total").bigDecimalValue(),
        "5 (round 2) + 3.5 (round 1) + 0.5 bonus held to its cap of 0.3");
    assertEquals(new BigDecimal("88.00"), second.getJsonNumber("index").bigDecimalValue());
    assertEquals("Tốt", second.getString("classification"));
    assertEquals("DEPARTMENT", second.getString("group"));
  }

  private static void aCorrectionNeedsItsReason() {
    HttpResponse<String> noReason = admin(base + "/results/publish");
    assertEquals(422, noReason.statusCode(), "a correction needs its reason");
    JsonObject correction =
        object(
            app.asAdmin(
                "POST", base + "/results/publish", "{\"reason\":\"Đính chính tên đơn vị\"}"));
    assertEquals(2, correction.getInt("version"));
  }

  private static void theRankingIsADocumentForEveryone() throws IOException {
    HttpResponse<byte[]> ranking =
        app.sendBytes("GET", base + "/reports/ranking?format=pdf", null, null, "td.xem", PASSWORD);
    assertEquals(200, ranking.statusCode());
    try (PDDocument document = Loader.loadPDF(ranking.body())) {
      String pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(pdf.contains("KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"), pdf);
      assertTrue(pdf.contains("Sở, ban, ngành 1 VPUBND"), pdf);
      assertTrue(pdf.contains("88"), pdf);
      assertTrue(pdf.contains("Xuất sắc"), pdf);
      assertTrue(pdf.contains("Phụ lục I KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA"), pdf);
      assertTrue(pdf.contains("Xếp hạng 1 trong nhóm Sở, ban, ngành; xếp loại: Xuất sắc"), pdf);
      assertTrue(pdf.contains("Phụ lục II"), "an appendix per unit");
    }
    HttpResponse<byte[]> scorecard =
        app.sendBytes(
            "GET",
            base + "/reports/scorecard?unit=VPUBND&format=pdf",
            null,
            null,
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    try (PDDocument document = Loader.loadPDF(scorecard.body())) {
      String pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(pdf.contains("BẢNG ĐIỂM TỰ ĐÁNH GIÁ, THẨM ĐỊNH"), pdf);
      assertTrue(pdf.contains("Không áp dụng: Văn phòng không có báo cáo riêng"), pdf);
      assertTrue(pdf.contains("Thẩm định lần 1 Thẩm định lần 2 Kết quả"), pdf);
    }
    assertEquals(
        404,
        app.sendBytes(
                "GET",
                base + "/reports/scorecard?unit=KHONGCO&format=pdf",
                null,
                null,
                RunningApp.HELPER_ADMIN,
                RunningApp.HELPER_PASSWORD)
            .statusCode(),
        "a unit the campaign does not score");
  }

  private static void theRankingIsAWorkbookWithNumbers() throws IOException {
    HttpResponse<byte[]> workbook =
        app.sendBytes("GET", base + "/reports/ranking?format=xlsx", null, null, "td.xem", PASSWORD);
    assertEquals(200, workbook.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
      boolean found = false;
      boolean numeric = false;
      for (var row : book.getSheetAt(0)) {
        for (var cell : row) {
          found |= cell.toString().contains("VPUBND");
          numeric |= cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == 88.0;
        }
      }
      assertTrue(found, "the workbook lists the units");
      assertTrue(numeric, "STP's index 88 is a number Excel can sum, not text");
      assertEquals("Xếp hạng", book.getSheetName(0));
      assertTrue(book.getSheet("VPUBND") != null, "a sheet per unit");
      assertTrue(book.getSheet("STP") != null, "a sheet per unit");
    }
  }
}
