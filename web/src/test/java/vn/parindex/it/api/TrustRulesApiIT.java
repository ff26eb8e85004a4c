package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules behind the figures officials sign, over the API: the dispatch's own dates, a saved
 * score that never contradicts its rule unless overridden with a reason, values in range, the
 * leader's return inside the unit, and no appraisal of work that was not sent.
 */
class TrustRulesApiIT extends ApiTest {
  private static String leaf;
  private static long campaign;
  private static String base;
  private static final String PASSWORD = "QuyTacApi2023!";

  @BeforeAll
  static void start() {
    app.createApiAccount("qt.vp", "Phạm Văn Phòng", "VPUBND", "UNIT_OFFICER", PASSWORD);
    app.createApiAccount("qt.vp.ld", "Phạm Thị Lãnh Đạo", "VPUBND", "UNIT_LEADER", PASSWORD);
    app.createApiAccount("qt.stp", "Phạm Văn Tư Pháp", "STP", "UNIT_OFFICER", PASSWORD);
    app.createApiAccount("qt.snv", "Phạm Thị Thẩm Định", "SNV", "APPRAISER", PASSWORD);
    app.createApiAccount("qt.snv.cb", "Phạm Văn Nội Vụ", "SNV", "UNIT_OFFICER", PASSWORD);
  }

  private static HttpResponse<String> campaign(String phases) {
    return app.asAdmin(
        "POST",
        "/api/campaigns",
        "{\"name\":\"Đợt ngày tháng "
            + System.nanoTime()
            + "\",\"year\":2022,\"frameworkId\":"
            + app.sampleFrameworkId()
            + ",\"kind\":\"PROVINCIAL\",\"phases\":"
            + phases
            + "}");
  }

  @Test
  void theDispatchsOwnDatesAreAcceptedAndAWrongOrderNamesBothDates() {
    HttpResponse<String> dispatch =
        campaign(
            "{\"nominationDue\":\"2022-12-07\",\"selfAssessmentOpens\":\"2022-12-04\","
                + "\"selfAssessmentCloses\":\"2022-12-25\"}");
    assertEquals(201, dispatch.statusCode(), dispatch.body());
    assertEquals("2022-12-07", object(dispatch).getJsonObject("phases").getString("nominationDue"));

    HttpResponse<String> late =
        campaign(
            "{\"nominationDue\":\"2022-12-26\",\"selfAssessmentOpens\":\"2022-12-04\","
                + "\"selfAssessmentCloses\":\"2022-12-25\",\"reviewDue\":\"2022-12-20\"}");
    assertEquals(422, late.statusCode());
    assertTrue(
        late.body()
            .contains("Hạn cử đầu mối (26/12/2022) không được sau Đóng tự đánh giá (25/12/2022)."),
        late.body());
    assertTrue(
        late.body()
            .contains(
                "Hạn tổng hợp, rà soát (20/12/2022) không được trước Đóng tự đánh giá"
                    + " (25/12/2022)."),
        late.body());
  }

  @Test
  void aRuleScoredLeafStoresItsRulesPointsUnlessOverriddenWithAReason() throws Exception {
    aSampleCampaignIsOpened();
    anOverrideNeedsItsReasonAndIsKept();
    aPercentageOverAHundredIsRefused();
  }

  private static void aSampleCampaignIsOpened() throws IOException {
    campaign = app.openSampleCampaign("Tự đánh giá năm 2023 (quy tắc API)", "2099-12-31");
    leaf = "/api/campaigns/" + campaign + "/subjects/UBND/scores/";
  }

  private static void anOverrideNeedsItsReasonAndIsKept() {
    // 1.6: BANDS 100:1;90:0.75;80:0.5 of 2 points; 95% gives 1,5.
    HttpResponse<String> contradicted =
        app.send("PUT", leaf + "1.6", "{\"value\":95,\"selfScore\":2}", "qt.vp", PASSWORD);
    assertEquals(422, contradicted.statusCode());
    assertTrue(
        contradicted.body().contains("Điểm tự chấm 2 khác điểm theo quy tắc 1,5"),
        contradicted.body());
    assertTrue(contradicted.body().contains("\"field\":\"overrideReason\""));

    HttpResponse<String> ruled = app.send("PUT", leaf + "1.6", "{\"value\":95}", "qt.vp", PASSWORD);
    assertEquals(200, ruled.statusCode(), ruled.body());
    assertEquals(
        new BigDecimal("1.50"), object(ruled).getJsonNumber("selfScore").bigDecimalValue());
    assertFalse(object(ruled).containsKey("overrideReason"));

    assertEquals(
        422,
        app.send(
                "PUT",
                leaf + "1.6",
                "{\"value\":95,\"selfScore\":2,\"overrideReason\":\"Lý do\\u0000\"}",
                "qt.vp",
                PASSWORD)
            .statusCode(),
        "NUL in the reason");
    HttpResponse<String> overridden =
        app.send(
            "PUT",
            leaf + "1.6",
            "{\"value\":95,\"selfScore\":2,\"overrideReason\":\"Số liệu chính thức là 100%\","
                + "\"version\":"
                + object(ruled).getInt("version")
                + "}",
            "qt.vp",
            PASSWORD);
    assertEquals(200, overridden.statusCode(), overridden.body());
    assertEquals("Số liệu chính thức là 100%", object(overridden).getString("overrideReason"));
    JsonObject consolidated =
        Json.createReader(
                new StringReader(
                    app.asAdmin("GET", "/api/campaigns/" + campaign + "/scores", null).body()))
            .readArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(l -> l.getString("nodeCode").equals("1.6"))
            .findFirst()
            .orElseThrow();
    assertTrue(consolidated.getBoolean("overridden"), "marked in the consolidation");
    String history = app.asAdmin("GET", leaf + "1.6/history", null).body();
    assertTrue(history.contains("Số liệu chính thức là 100%"), "kept in the trail: " + history);
  }

  private static void aPercentageOverAHundredIsRefused() {
    HttpResponse<String> tooHigh =
        app.send("PUT", leaf + "3.2.1", "{\"value\":150}", "qt.vp", PASSWORD);
    assertEquals(422, tooHigh.statusCode());
    assertTrue(tooHigh.body().contains("\"field\":\"value\""), tooHigh.body());
    assertTrue(tooHigh.body().contains("Tỷ lệ phải từ 0 đến 100%; đã nhập 150."), tooHigh.body());
    HttpResponse<String> fraction =
        // 1.2 is Sở Nội vụ's: DEDUCTION per=0.25, a count of late reports.
        app.send("PUT", leaf + "1.2", "{\"value\":1.5}", "qt.snv.cb", PASSWORD);
    assertEquals(422, fraction.statusCode());
    assertTrue(fraction.body().contains("Số lần phải là số nguyên từ 0 trở lên."));
    assertEquals(
        "[]",
        app.asAdmin("GET", leaf + "3.2.1/history", null).body(),
        "nothing was stored for the refused value");
  }

  @Test
  void theLeaderReturnsToTheOfficerAndUnsentWorkIsNotAppraised() {
    theLeaderReturnsTheWorkToTheOfficer();
    unsentWorkStartsNoRoundUntilConfirmed();
  }

  private static void theLeaderReturnsTheWorkToTheOfficer() {
    campaign = app.openDepartmentCampaign("SO-QT-2023", "Chỉ số các sở 2023 (quy tắc)");
    base = "/api/campaigns/" + campaign + "/subjects/";
    for (String[] unit : new String[][] {{"STP", "qt.stp"}, {"VPUBND", "qt.vp"}}) {
      String why = ",\"explanation\":\"Văn bản đang trình ký\"";
      app.send(
          "PUT", base + unit[0] + "/scores/1.1", "{\"value\":1" + why + "}", unit[1], PASSWORD);
      app.send(
          "PUT", base + unit[0] + "/scores/1.2", "{\"selfScore\":4" + why + "}", unit[1], PASSWORD);
    }
    assertEquals(
        200, app.send("POST", base + "VPUBND/submit", "{}", "qt.vp", PASSWORD).statusCode());
    assertEquals(
        422,
        app.send("POST", base + "VPUBND/return-to-officer", "{}", "qt.vp.ld", PASSWORD)
            .statusCode(),
        "a return says what to change");
    assertEquals(
        403,
        app.send(
                "POST",
                base + "VPUBND/return-to-officer",
                "{\"comment\":\"Xem lại\"}",
                "qt.vp",
                PASSWORD)
            .statusCode(),
        "the officer does not return its own work");
    HttpResponse<String> tooLong =
        app.send(
            "POST",
            base + "VPUBND/return-to-officer",
            "{\"comment\":\"" + "x".repeat(10_000) + "\"}",
            "qt.vp.ld",
            PASSWORD);
    assertEquals(422, tooLong.statusCode(), "a comment longer than its column: 422, not 500");
    assertEquals(
        422,
        app.send(
                "POST",
                base + "VPUBND/return-to-officer",
                "{\"comment\":\"Xem lại\\u0000\"}",
                "qt.vp.ld",
                PASSWORD)
            .statusCode(),
        "NUL in a comment");
    HttpResponse<String> returned =
        app.send(
            "POST",
            base + "VPUBND/return-to-officer",
            "{\"comment\":\"Bổ sung tài liệu tiêu chí 1.1\"}",
            "qt.vp.ld",
            PASSWORD);
    assertEquals(200, returned.statusCode(), returned.body());
    assertEquals("DRAFT", object(returned).getString("status"));
    assertEquals(0, object(returned).getInt("timesReturned"), "not a return by Sở Nội vụ");
  }

  private static void unsentWorkStartsNoRoundUntilConfirmed() {
    String rounds = "/api/campaigns/" + campaign + "/appraisal/rounds";
    HttpResponse<String> refused = app.asAdmin("POST", rounds, "{}");
    assertEquals(409, refused.statusCode());
    assertTrue(refused.body().contains("STP, VPUBND"), refused.body());
    assertEquals(
        409,
        app.asAdmin("POST", rounds, "{\"confirmUnsubmitted\":[\"STP\"]}").statusCode(),
        "every subject that has not submitted must be named");
    assertEquals(200, app.send("POST", base + "STP/submit", "{}", "qt.stp", PASSWORD).statusCode());
    HttpResponse<String> started =
        app.asAdmin("POST", rounds, "{\"confirmUnsubmitted\":[\"VPUBND\"]}");
    assertEquals(200, started.statusCode(), started.body());
    assertEquals(1, object(started).getInt("appraisalRound"));

    HttpResponse<String> unsent =
        app.send(
            "PUT", base + "VPUBND/appraisals/1.1", "{\"round\":1,\"score\":3}", "qt.snv", PASSWORD);
    assertEquals(409, unsent.statusCode());
    assertTrue(unsent.body().contains("Đơn vị VPUBND chưa gửi kết quả tự đánh giá"), unsent.body());
    assertEquals(
        200,
        app.send(
                "PUT", base + "STP/appraisals/1.1", "{\"round\":1,\"score\":3}", "qt.snv", PASSWORD)
            .statusCode());
  }
}
