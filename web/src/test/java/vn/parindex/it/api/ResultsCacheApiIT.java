package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * The live results are kept between requests and computed again after every change they depend on:
 * a self-score saved again, bonus points given, the bands changed. Each read here follows a read
 * that filled the cache, so a kept result that outlived its change would show.
 */
class ResultsCacheApiIT {
  private static final String WHY = ",\"explanation\":\"Văn bản đang trình ký\"";
  private final RunningApp app = RunningApp.get();

  @Test
  void resultsFollowEveryChangeTheyDependOn() {
    long campaign =
        app.openDepartmentCampaign(app.unique("SO-KQ-DEM"), app.unique("Kết quả theo thay đổi"));
    String base = "/api/campaigns/" + campaign;
    String stp = base + "/subjects/STP/scores/";
    ok(app.asAdmin("PUT", stp + "1.1", "{\"value\":1" + WHY + "}"));
    long version =
        object(ok(app.asAdmin("PUT", stp + "1.2", "{\"selfScore\":2" + WHY + "}")))
            .getJsonNumber("version")
            .longValue();
    assertEquals(new BigDecimal("8"), total(base));

    ok(app.asAdmin("PUT", stp + "1.2", "{\"selfScore\":3,\"version\":" + version + WHY + "}"));
    assertEquals(new BigDecimal("9"), total(base), "a score saved again");

    String vp = base + "/subjects/VPUBND/scores/";
    ok(app.asAdmin("PUT", vp + "1.1", "{\"value\":1" + WHY + "}"));
    ok(app.asAdmin("PUT", vp + "1.2", "{\"selfScore\":4" + WHY + "}"));
    ok(app.asAdmin("POST", base + "/subjects/STP/submit", "{}"));
    ok(app.asAdmin("POST", base + "/subjects/VPUBND/submit", "{}"));
    ok(app.asAdmin("POST", base + "/appraisal/rounds", "{}"));
    stpResult(base);
    ok(
        app.asAdmin(
            "PUT",
            base + "/subjects/STP/adjustment",
            "{\"bonus\":0.5,\"penalty\":0,\"reason\":\"Sáng kiến cải cách được công nhận\"}"));
    assertEquals(new BigDecimal("9.5"), total(base), "bonus points given");

    ok(
        app.asAdmin(
            "PUT",
            base + "/results/settings",
            "{\"bands\":[{\"name\":\"Xuất sắc\",\"from\":90},{\"name\":\"Khá\",\"from\":0}]}"));
    assertEquals("Xuất sắc", stpResult(base).getString("classification"), "bands changed");
  }

  private BigDecimal total(String base) {
    return stpResult(base).getJsonNumber("total").bigDecimalValue().stripTrailingZeros();
  }

  private JsonObject stpResult(String base) {
    return Json.createReader(
            new StringReader(ok(app.asAdmin("GET", base + "/results", null)).body()))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getString("unitCode").equals("STP"))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject object(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.request().uri() + ": " + response.body());
    return response;
  }
}
