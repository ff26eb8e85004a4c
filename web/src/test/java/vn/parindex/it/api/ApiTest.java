package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import vn.parindex.it.support.RunningApp;

/**
 * The base of the API tests: the running application, the JSON readers every test needs and the
 * problem-details check. Tests share one application and database, so each names what it creates
 * with {@link RunningApp#unique}: a class never meets another's campaigns or accounts.
 */
abstract class ApiTest {
  static RunningApp app;

  @BeforeAll
  static void startApp() {
    app = RunningApp.get();
  }

  static JsonStructure json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).read();
  }

  static JsonObject object(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  static JsonArray array(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  /** The JSON object of a response read as bytes (those that also carry files). */
  static JsonObject objectOf(HttpResponse<byte[]> response) {
    return Json.createReader(new ByteArrayInputStream(response.body())).readObject();
  }

  /** An RFC 9457 problem of that status, its detail exactly as the user reads it. */
  static void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"));
    JsonObject problem = (JsonObject) json(response);
    assertEquals(status, problem.getInt("status"));
    assertEquals(detail, problem.getString("detail"));
  }
}
