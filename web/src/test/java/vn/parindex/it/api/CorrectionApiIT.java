package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.PublishedCampaign;

/**
 * A real correction of published results: Sở Tư pháp (95,00 in version 1) is reopened with the
 * reason, its 1.1 appraised again at 5,5 while Văn phòng's results stay locked; readers keep
 * version 1 until version 2 is published; both stay readable, with what changed.
 */
class CorrectionApiIT extends ApiTest {
  private static final String PASSWORD = "DinhChinh2023!";
  private static String viewer;

  @Test
  void aCorrectionReopensTheSubjectsItConcernsAndPublishesTheNextVersion() {
    PublishedCampaign campaign = PublishedCampaign.make(app);
    viewer = app.unique("dc.xem");
    app.createApiAccount(viewer, "Đoàn Thị Xem", "SNV", "VIEWER", PASSWORD);
    String base = "/api/campaigns/" + campaign.id();
    String corrections = base + "/results/corrections";
    String why = "Chấm lại tiêu chí 1.1 của Sở Tư pháp";
    assertEquals(422, app.asAdmin("POST", corrections, "{\"subjects\":[\"STP\"]}").statusCode());
    assertEquals(
        422,
        app.asAdmin("POST", corrections, "{\"subjects\":[\"STP\"],\"reason\":\"\\u0000\"}")
            .statusCode());
    assertEquals(
        422,
        app.asAdmin("POST", corrections, "{\"subjects\":[],\"reason\":\"" + why + "\"}")
            .statusCode());
    HttpResponse<String> unknown =
        app.asAdmin("POST", corrections, "{\"subjects\":[\"XYZ\"],\"reason\":\"" + why + "\"}");
    assertEquals(422, unknown.statusCode());
    assertTrue(
        unknown.body().contains("Đơn vị \\\"XYZ\\\" không thuộc đợt đánh giá này."),
        unknown.body());
    assertEquals(
        403,
        app.send(
                "POST",
                corrections,
                "{\"subjects\":[\"STP\"],\"reason\":\"" + why + "\"}",
                viewer,
                PASSWORD)
            .statusCode());
    String appraisals = base + "/subjects/STP/appraisals/1.1";
    assertEquals(409, app.asAdmin("PUT", appraisals, "{\"round\":1,\"score\":5.5}").statusCode());

    HttpResponse<String> reopened =
        app.asAdmin("POST", corrections, "{\"subjects\":[\"STP\"],\"reason\":\"" + why + "\"}");
    assertEquals(200, reopened.statusCode(), reopened.body());
    assertEquals("APPRAISAL", object(reopened).getString("status"));
    assertEquals(
        409,
        app.asAdmin("POST", corrections, "{\"subjects\":[\"VPUBND\"],\"reason\":\"" + why + "\"}")
            .statusCode(),
        "one correction at a time");
    assertProblem(
        app.asAdmin("PUT", base + "/subjects/VPUBND/appraisals/1.1", "{\"round\":1,\"score\":5}"),
        409,
        "Kết quả của đơn vị VPUBND đã công bố và không nằm trong lần đính chính này.");
    assertEquals(
        409,
        app.asAdmin(
                "PUT",
                base + "/subjects/VPUBND/adjustment",
                "{\"bonus\":1,\"penalty\":0,\"reason\":\"Sáng kiến\"}")
            .statusCode());
    assertEquals(200, app.asAdmin("PUT", appraisals, "{\"round\":1,\"score\":5.5}").statusCode());
    assertEquals(
        new BigDecimal("95.00"), index(published(campaign)), "readers keep version 1 meanwhile");

    assertEquals(
        409,
        app.asAdmin("POST", base + "/results/publish", "{\"reason\":\"" + why + "\"}").statusCode(),
        "not before the council finalises again");
    assertEquals(200, app.asAdmin("POST", base + "/appraisal/finalise", "{}").statusCode());
    assertEquals(422, app.asAdmin("POST", base + "/results/publish", "{}").statusCode());
    HttpResponse<String> v2 =
        app.asAdmin("POST", base + "/results/publish", "{\"reason\":\"" + why + "\"}");
    assertEquals(200, v2.statusCode(), v2.body());
    assertEquals(2, object(v2).getInt("version"));
    assertEquals(new BigDecimal("100.00"), index(published(campaign)));

    JsonObject signedIn =
        object(app.send("GET", base + "/results/versions/2", null, viewer, PASSWORD));
    assertEquals(2, signedIn.getInt("version"), "read signed in, the campaign not open to all");
    assertEquals(2, signedIn.getJsonArray("versions").size());
    assertEquals(
        2, array(app.send("GET", base + "/results/versions", null, viewer, PASSWORD)).size());
    assertEquals("STP", signedIn.getJsonArray("changes").getJsonObject(0).getString("unitCode"));
    assertTrue(
        app.send("GET", base + "/results/versions/1", null, viewer, PASSWORD)
            .body()
            .contains("95.0"));
    assertEquals(
        404, app.send("GET", base + "/results/versions/3", null, viewer, PASSWORD).statusCode());
    assertEquals(
        422, app.send("GET", base + "/results/versions/hai", null, viewer, PASSWORD).statusCode());
    assertEquals(200, app.asAdmin("PUT", base + "/results/open", "{\"open\":true}").statusCode());
    String open = "/api/open/campaigns/" + campaign.id() + "/results";
    JsonObject latest = object(app.send("GET", open, null, null, null));
    assertEquals(2, latest.getInt("version"));
    assertEquals(why, latest.getString("reason"));
    List<String> changed =
        latest.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
            .map(c -> c.getString("unitCode"))
            .toList();
    assertEquals(List.of("STP"), changed);
    JsonObject first = object(app.send("GET", open + "?version=1", null, null, null));
    assertTrue(first.toString().contains("95.0"), first::toString);
    assertTrue(
        app.asAdmin("GET", base + "/subjects/STP/scores/1.1/history", null).body().contains("5.5"));
  }

  /** The results as a viewer reads them: the latest published version. */
  private static HttpResponse<String> published(PublishedCampaign campaign) {
    return app.send("GET", "/api/campaigns/" + campaign.id() + "/results", null, viewer, PASSWORD);
  }

  private static BigDecimal index(HttpResponse<String> results) {
    assertEquals(200, results.statusCode(), results.body());
    return array(results).getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("unitCode").equals("STP"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("index")
        .bigDecimalValue();
  }
}
