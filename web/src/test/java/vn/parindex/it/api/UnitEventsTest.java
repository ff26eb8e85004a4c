package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** What the tests of changes of units share: the decision they cite, units made, histories read. */
abstract class UnitEventsTest extends ApiTest {
  static final String DECISION =
      "\"legalBasis\":{\"number\":\"45/NQ-HĐND\",\"issuedOn\":\"2025-02-18\","
          + "\"issuer\":\"Hội đồng nhân dân tỉnh\"}";

  static HttpResponse<String> post(String json) {
    return app.asAdmin("POST", "/api/units/events", json);
  }

  static JsonObject history(String code) {
    HttpResponse<String> response = app.asAdmin("GET", "/api/units/" + code + "/history", null);
    assertEquals(200, response.statusCode(), response.body());
    return (JsonObject) json(response);
  }

  static void create(String code, String name) {
    HttpResponse<String> created =
        app.asAdmin(
            "POST",
            "/api/units",
            "{\"code\":\"" + code + "\",\"nameVi\":\"" + name + "\",\"kind\":\"DEPARTMENT\"}");
    assertEquals(201, created.statusCode(), created.body());
  }
}
