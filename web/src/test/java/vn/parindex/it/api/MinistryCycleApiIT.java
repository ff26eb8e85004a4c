package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.it.api.SelfAssessmentApiTest.PDF;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.MultipartBody;
import vn.parindex.it.support.RunningApp;

/**
 * A PROVINCIAL campaign after its self-assessment, through the API: sent to the Ministry, its
 * points loaded, the cut explained by the lead unit with a new document, returned and accepted by
 * Sở Nội vụ, sent, the final points recorded and the year closed; every step out of turn refused,
 * every step in the trail, and the next year compared on the final points.
 */
class MinistryCycleApiIT extends ApiTest {
  private static final String OFFICER = "mc.vp";
  private static final String FOREIGN = "mc.stp";
  private static final String PASSWORD = "GiaiTrinh2023!";

  @BeforeAll
  static void accounts() {
    app.createApiAccount(OFFICER, "Lê Thị Giải Trình", "VPUBND", "UNIT_OFFICER", PASSWORD);
    app.createApiAccount(FOREIGN, "Lê Văn Tư Pháp", "STP", "UNIT_OFFICER", PASSWORD);
  }

  private static HttpResponse<String> as(String who, String method, String path, String body) {
    return app.send(method, path, body, who, PASSWORD);
  }

  private static HttpResponse<byte[]> table(String path, String csv) {
    return app.sendBytes(
        "POST",
        path,
        "text/csv",
        csv.getBytes(StandardCharsets.UTF_8),
        RunningApp.HELPER_ADMIN,
        RunningApp.HELPER_PASSWORD);
  }

  private static BigDecimal number(JsonObject o, String key) {
    return o.getJsonNumber(key).bigDecimalValue();
  }

  @Test
  void theProvinceAnswersTheMinistryToTheEnd() throws Exception {
    long id = app.openSampleCampaign("Giải trình với Bộ 2022", "2099-12-31", 2022);
    String base = "/api/campaigns/" + id;
    String ministry = base + "/ministry";
    String explain = base + "/subjects/UBND/explanations/";
    assertEquals(
        200,
        as(OFFICER, "PUT", base + "/subjects/UBND/scores/7.3.7", "{\"selfScore\":1}").statusCode());
    assertEquals(
        200, as(OFFICER, "PUT", base + "/subjects/UBND/scores/8.1", "{\"value\":90}").statusCode());

    assertProblem(
        app.asAdmin("POST", ministry + "/explanation", null),
        409,
        "Đợt đánh giá đang ở bước OPEN, chưa thể chuyển sang EXPLANATION.");
    assertEquals(403, as(OFFICER, "POST", ministry + "/appraisal", null).statusCode());
    HttpResponse<String> sent = app.asAdmin("POST", ministry + "/appraisal", null);
    assertEquals(200, sent.statusCode(), sent.body());
    assertEquals("APPRAISAL", object(sent).getString("status"));
    assertEquals(
        409,
        as(OFFICER, "PUT", base + "/subjects/UBND/scores/7.3.7", "{\"selfScore\":0}").statusCode(),
        "the self-scores are locked once sent to the Ministry");
    assertProblem(
        app.asAdmin("POST", ministry + "/explanation", null),
        409,
        "Chưa nạp điểm thẩm định của Bộ Nội vụ nên chưa thể mở giải trình.");
    assertEquals(
        201,
        table(base + "/ministry-scores", "node_code,points\n7.3.7,0.5\n8.1,3.6\n").statusCode());
    assertEquals(200, app.asAdmin("POST", ministry + "/explanation", null).statusCode());
    assertEquals(
        409,
        table(base + "/ministry-scores", "node_code,points\n7.3.7,1\n").statusCode(),
        "the points being explained do not move");

    JsonArray own = array(as(OFFICER, "GET", ministry + "/cuts", null));
    assertEquals(1, own.size(), "8.1 was not cut");
    assertEquals("7.3.7", own.getJsonObject(0).getString("nodeCode"));
    assertEquals(new BigDecimal("0.50"), number(own.getJsonObject(0), "cut"));
    assertEquals(0, array(as(FOREIGN, "GET", ministry + "/cuts", null)).size(), "not its leaf");

    assertEquals(
        403,
        as(FOREIGN, "PUT", explain + "7.3.7", "{\"text\":\"Không phải việc của tôi\"}")
            .statusCode());
    assertEquals(
        409, as(OFFICER, "PUT", explain + "8.1", "{\"text\":\"Không bị trừ\"}").statusCode());
    assertEquals(
        422, as(OFFICER, "PUT", explain + "7.3.7", "{\"text\":\"NUL \\u0000\"}").statusCode());
    assertEquals(
        422,
        as(OFFICER, "PUT", explain + "7.3.7", "{\"text\":\"" + "x".repeat(10_000) + "\"}")
            .statusCode());
    assertEquals(
        422,
        app.asAdmin(
                "POST",
                ministry + "/explanations/7.3.7/review",
                "{\"accepted\":false,\"note\":\"\\u0000\"}")
            .statusCode(),
        "no explanation yet: refused for its note before anything else");
    assertEquals(
        200,
        as(OFFICER, "PUT", explain + "7.3.7", "{\"text\":\"Đã ban hành Quyết định 15/QĐ-UBND\"}")
            .statusCode());
    MultipartBody document =
        MultipartBody.of(
            Map.of("number", "15/QĐ-UBND"), "Quyết định 15.pdf", "application/pdf", PDF);
    HttpResponse<byte[]> uploaded =
        app.sendBytes(
            "POST",
            explain + "7.3.7/evidence",
            document.contentType(),
            document.bytes(),
            OFFICER,
            PASSWORD);
    assertEquals(201, uploaded.statusCode(), new String(uploaded.body(), StandardCharsets.UTF_8));

    assertProblem(
        app.asAdmin("POST", ministry + "/explanation/send", null),
        409,
        "Còn giải trình chưa được Sở Nội vụ xem xét: 7.3.7.");
    String review = ministry + "/explanations/7.3.7/review";
    assertEquals(
        422, app.asAdmin("POST", review, "{\"accepted\":false}").statusCode(), "a return says why");
    assertEquals(403, as(OFFICER, "POST", review, "{\"accepted\":true}").statusCode());
    assertEquals(
        200,
        app.asAdmin("POST", review, "{\"accepted\":false,\"note\":\"Nêu rõ ngày ban hành\"}")
            .statusCode());
    JsonObject returned = array(as(OFFICER, "GET", ministry + "/cuts", null)).getJsonObject(0);
    assertEquals("RETURNED", returned.getJsonObject("explanation").getString("review"));
    assertEquals(
        "Nêu rõ ngày ban hành", returned.getJsonObject("explanation").getString("reviewNote"));
    assertEquals(
        List.of("15/QĐ-UBND"),
        returned.getJsonArray("newDocuments").getValuesAs(JsonObject.class).stream()
            .map(d -> d.getString("description"))
            .toList());
    long stale = returned.getJsonObject("explanation").getJsonNumber("version").longValue();
    assertEquals(
        200,
        as(
                OFFICER,
                "PUT",
                explain + "7.3.7",
                "{\"text\":\"Đã ban hành Quyết định 15/QĐ-UBND ngày 10/3/2022\"}")
            .statusCode());
    assertEquals(
        409,
        app.asAdmin("POST", review, "{\"accepted\":true,\"version\":" + stale + "}").statusCode(),
        "a decision on a text since rewritten is stale");
    assertEquals(200, app.asAdmin("POST", review, "{\"accepted\":true}").statusCode());
    HttpResponse<String> explained = app.asAdmin("POST", ministry + "/explanation/send", null);
    assertEquals(200, explained.statusCode(), explained.body());
    assertEquals(2, object(explained).getInt("appraisalRound"));
    assertEquals(409, as(OFFICER, "PUT", explain + "7.3.7", "{\"text\":\"Muộn\"}").statusCode());

    assertProblem(
        app.asAdmin("POST", ministry + "/close", null),
        409,
        "Bộ Nội vụ chưa có điểm cuối cùng cho tiêu chí đã giải trình: 7.3.7.");
    assertEquals(
        422, app.asAdmin("PUT", ministry + "/final-scores/7.3.7", "{\"points\":99}").statusCode());
    assertEquals(
        422, table(ministry + "/final-scores", "node_code,points\n9.9.9,1\n").statusCode());
    assertEquals(
        200,
        app.asAdmin("PUT", ministry + "/final-scores/7.3.7", "{\"points\":0.75}").statusCode());
    HttpResponse<String> closed = app.asAdmin("POST", ministry + "/close", null);
    assertEquals(200, closed.statusCode(), closed.body());
    assertEquals("CLOSED", object(closed).getString("status"));
    assertEquals(
        409, app.asAdmin("PUT", ministry + "/final-scores/7.3.7", "{\"points\":1}").statusCode());

    List<String> trail =
        array(app.asAdmin("GET", base + "/subjects/UBND/scores/7.3.7/history", null))
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getString("field"))
            .toList();
    assertTrue(trail.contains("ministry"), trail::toString);
    assertEquals(2, trail.stream().filter("explanation"::equals).count(), trail::toString);
    assertEquals(2, trail.stream().filter("explanationReview"::equals).count(), trail::toString);
    assertTrue(trail.contains("ministryFinal"), trail::toString);

    HttpResponse<String> cloned =
        app.asAdmin("POST", base + "/clone", "{\"name\":\"Giải trình với Bộ 2023\",\"year\":2023}");
    long next = RunningApp.idOf(cloned.body());
    JsonObject leaf =
        object(app.asAdmin("GET", "/api/campaigns/" + next + "/ministry-scores/comparison", null))
            .getJsonArray("nodes")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(n -> n.getString("nodeCode").equals("7.3.7"))
            .findFirst()
            .orElseThrow();
    JsonObject year = leaf.getJsonArray("history").getJsonObject(0);
    assertEquals(2022, year.getInt("year"));
    assertEquals(
        new BigDecimal("-0.25"), number(year, "difference"), "final 0.75 − self 1, not 0.5 − 1");
  }
}
