package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.PublishedCampaign;

/**
 * Open results: a department campaign's published results are read by nobody outside until Sở Nội
 * vụ opens them; then anyone, without signing in, reads them as JSON and CSV with their version and
 * date; a correction publishes version 2 with its reason and version 1 stays readable; closed
 * again, they are gone from the public.
 */
class OpenResultsApiIT extends ApiTest {
  @Test
  void publishedResultsAreOpenOnlyOnceSoNoiVuOpensThemAndEveryVersionStaysReadable() {
    PublishedCampaign campaign = PublishedCampaign.make(app);
    String open = "/api/open/campaigns/" + campaign.id() + "/results";
    String share = "/api/campaigns/" + campaign.id() + "/results/open";
    assertEquals(404, anonymous(open).statusCode(), "not opened yet");
    assertEquals(
        403,
        app.send("PUT", share, "{\"open\":true}", campaign.viewer(), PublishedCampaign.PASSWORD)
            .statusCode(),
        "a viewer may read, not open");
    assertEquals(422, app.asAdmin("PUT", share, "{}").statusCode());
    HttpResponse<String> opened = app.asAdmin("PUT", share, "{\"open\":true}");
    assertEquals(200, opened.statusCode(), opened.body());

    JsonObject v1 = read(anonymous(open));
    assertEquals(1, v1.getInt("version"));
    assertTrue(v1.containsKey("publishedAt"), v1.toString());
    assertEquals(2023, v1.getInt("year"));
    JsonObject first = v1.getJsonArray("results").getJsonObject(0);
    assertEquals("VPUBND", first.getString("unitCode"));
    assertEquals(1, first.getInt("rank"));
    assertEquals("100.00", first.getJsonNumber("index").bigDecimalValue().toPlainString());
    assertEquals("Tốt", first.getString("classification"));
    assertTrue(first.getString("unitName").startsWith("Văn phòng"), first.toString());

    HttpResponse<String> csv = anonymous(open + ".csv");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    List<String> lines = csv.body().lines().toList();
    assertEquals(
        "\uFEFFversion,published_at,unit_code,unit_name,group,total,applicable_max,index,rank,"
            + "classification",
        lines.get(0));
    assertTrue(lines.get(1).startsWith("1,"), lines.get(1));
    assertTrue(
        lines.get(1).contains(",VPUBND,") && lines.get(1).endsWith(",100.00,1,Tốt"), lines.get(1));
    assertEquals(3, lines.size(), csv.body());

    HttpResponse<String> corrected =
        app.asAdmin(
            "POST",
            "/api/campaigns/" + campaign.id() + "/results/publish",
            "{\"reason\":\"Đính chính tên đơn vị\"}");
    assertEquals(200, corrected.statusCode(), corrected.body());
    JsonObject v2 = read(anonymous(open));
    assertEquals(2, v2.getInt("version"));
    assertEquals("Đính chính tên đơn vị", v2.getString("reason"));
    assertEquals(2, v2.getJsonArray("versions").size());
    assertEquals(0, v2.getJsonArray("changes").size(), "nothing moved: " + v2);
    assertEquals(1, read(anonymous(open + "?version=1")).getInt("version"));
    assertTrue(
        anonymous(open + ".csv?version=1")
            .body()
            .lines()
            .skip(1)
            .allMatch(l -> l.startsWith("1,")));
    assertEquals(404, anonymous(open + "?version=3").statusCode());
    assertEquals(422, anonymous(open + "?version=hai").statusCode());

    assertEquals(200, app.asAdmin("PUT", share, "{\"open\":false}").statusCode());
    assertEquals(404, anonymous(open).statusCode(), "closed again");
    assertEquals(404, anonymous("/api/open/campaigns/987654/results").statusCode());
  }

  private static HttpResponse<String> anonymous(String path) {
    return app.send("GET", path, null, null, null);
  }

  private static JsonObject read(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return object(response);
  }
}
