package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * The province's self-score against the Ministry's appraisal: 2022 and, cloned from it, 2023; the
 * differences per criterion and per lead unit, and each criterion's difference the year before.
 */
class MinistryApiIT extends ApiTest {
  private static final String OFFICER = "bnv.vp";
  private static final String PASSWORD = "BoNoiVu2023!";

  @BeforeAll
  static void start() {
    app.createApiAccount(OFFICER, "Trịnh Thị Văn Phòng", "VPUBND", "UNIT_OFFICER", PASSWORD);
  }

  private static void score(long campaign, String node, String json) {
    HttpResponse<String> r =
        app.send(
            "PUT",
            "/api/campaigns/" + campaign + "/subjects/UBND/scores/" + node,
            json,
            OFFICER,
            PASSWORD);
    assertEquals(200, r.statusCode(), r.body());
  }

  private static HttpResponse<byte[]> ministry(long campaign, String csv) {
    return app.sendBytes(
        "POST",
        "/api/campaigns/" + campaign + "/ministry-scores",
        "text/csv",
        csv.getBytes(StandardCharsets.UTF_8),
        RunningApp.HELPER_ADMIN,
        RunningApp.HELPER_PASSWORD);
  }

  private static JsonObject node(JsonObject comparison, String code) {
    return comparison.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
        .filter(n -> n.getString("nodeCode").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static BigDecimal number(JsonObject o, String key) {
    return o.getJsonNumber(key).bigDecimalValue();
  }

  @Test
  void theMinistrysPointsAreComparedPerCriterionPerLeadUnitAndAcrossYears() throws IOException {
    long y2022 = app.openSampleCampaign("Tự đánh giá 2022 (so sánh Bộ Nội vụ)", "2099-12-31", 2022);
    score(y2022, "8.1", "{\"value\":90}");
    assertEquals(201, ministry(y2022, "node_code,points\n8.1,3.2\n").statusCode());

    HttpResponse<String> cloned =
        app.asAdmin(
            "POST",
            "/api/campaigns/" + y2022 + "/clone",
            "{\"name\":\"Tự đánh giá 2023 (so sánh Bộ Nội vụ)\",\"year\":2023}");
    long y2023 = RunningApp.idOf(cloned.body());
    assertEquals(200, app.asAdmin("POST", "/api/campaigns/" + y2023 + "/open", "{}").statusCode());
    score(y2023, "8.1", "{\"value\":91.17}");
    score(y2023, "7.3.7", "{\"selfScore\":1}");

    HttpResponse<byte[]> wrong = ministry(y2023, "node_code,points\n8.1,5\n99.9,1\n");
    assertEquals(422, wrong.statusCode());
    List<Integer> rows =
        Json.createReader(new ByteArrayInputStream(wrong.body()))
            .readObject()
            .getJsonArray("errors")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getInt("row"))
            .toList();
    assertEquals(List.of(2, 3), rows);

    HttpResponse<byte[]> loaded = ministry(y2023, "node_code,points\n8.1,3.4\n7.3.7,0.5\n");
    assertEquals(201, loaded.statusCode());
    JsonObject comparison =
        Json.createReader(
                new StringReader(
                    app.asAdmin(
                            "GET", "/api/campaigns/" + y2023 + "/ministry-scores/comparison", null)
                        .body()))
            .readObject();
    JsonObject satisfaction = node(comparison, "8.1");
    assertEquals(new BigDecimal("3.65"), number(satisfaction, "selfScore"));
    assertEquals(new BigDecimal("3.40"), number(satisfaction, "appraised"));
    assertEquals(new BigDecimal("-0.25"), number(satisfaction, "difference"));
    JsonObject before = satisfaction.getJsonArray("history").getJsonObject(0);
    assertEquals(2022, before.getInt("year"));
    assertEquals(new BigDecimal("-0.40"), number(before, "difference"), "3.2 − 3.6 in 2022");
    JsonObject office =
        comparison.getJsonArray("leads").getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getString("unitCode").equals("VPUBND"))
            .findFirst()
            .orElseThrow();
    assertEquals(new BigDecimal("4.65"), number(office, "selfScore"));
    assertEquals(new BigDecimal("3.90"), number(office, "appraised"));
    assertEquals(new BigDecimal("-0.75"), number(office, "difference"));
  }
}
