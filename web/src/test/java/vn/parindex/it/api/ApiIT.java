package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The REST conventions every endpoint follows, checked over HTTP against the running app. */
class ApiIT extends ApiTest {

  @Test
  void withoutCredentialsTheApiAnswers401InVietnamese() {
    HttpResponse<String> response = app.send("GET", "/api/units", null, null, null);
    assertProblem(response, 401, "Cần đăng nhập (phiên làm việc hoặc HTTP Basic).");
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
  }

  @Test
  void unitsAreListedWithTheirVietnameseNames() {
    HttpResponse<String> response = app.asAdmin("GET", "/api/units", null);
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().contains("UTF-8"));
    JsonArray units = (JsonArray) json(response);
    Set<String> codes =
        units.getValuesAs(JsonObject.class).stream()
            .map(u -> u.getString("code"))
            .collect(Collectors.toSet());
    // Other tests of the same running app add units (communes); the 39 seeded ones are all there.
    assertTrue(codes.containsAll(Set.of("UBND", "SNV", "STP", "HHK", "HVQ", "CT", "NHNN")));
    assertTrue(units.size() >= 39);
    JsonObject province = units.getJsonObject(0);
    assertEquals("UBND", province.getString("code"));
    assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", province.getString("nameVi"));
    assertEquals("PROVINCE", province.getString("kind"));
    assertTrue(province.getBoolean("active"));
    Set<String> kinds =
        units.getValuesAs(JsonObject.class).stream()
            .map(u -> u.getString("kind"))
            .collect(Collectors.toSet());
    assertTrue(kinds.containsAll(Set.of("PROVINCE", "DEPARTMENT", "DISTRICT", "CENTRAL_AGENCY")));
  }

  @Test
  void anAccountIsCreatedOnceAndItsNameComesBackUnchanged() {
    String name = "Phạm Thị Thủy — Cộng tác viên Thế Hữu, điều đúng";
    HttpResponse<String> created =
        app.asAdmin(
            "POST",
            "/api/users",
            "{\"username\":\"api.roundtrip\",\"fullName\":\""
                + name
                + "\",\"email\":\"uy@snv.hatinh.gov.vn\",\"unitCode\":\"SNV\",\"roles\":[\"COORDINATOR\"]}");
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.headers().firstValue("Location").orElseThrow().contains("/api/users/"));
    JsonObject body = (JsonObject) json(created);
    assertEquals(name, body.getString("fullName"));
    assertEquals(14, body.getString("oneTimePassword").length());
    assertTrue(body.getBoolean("mustChangePassword"));

    JsonObject listed =
        ((JsonArray) json(app.asAdmin("GET", "/api/users", null)))
            .getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals("api.roundtrip"))
                .findFirst()
                .orElseThrow();
    assertEquals(name, listed.getString("fullName"));
    assertEquals("SNV", listed.getString("unitCode"));
    assertEquals(
        List.of("COORDINATOR"),
        listed.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));

    assertProblem(
        app.asAdmin(
            "POST",
            "/api/users",
            "{\"username\":\"api.roundtrip\",\"fullName\":\"Khác\",\"roles\":[\"VIEWER\"]}"),
        409,
        "Tên đăng nhập \"api.roundtrip\" đã được sử dụng.");
  }

  @Test
  void invalidValuesAreAllListedAnd422() {
    HttpResponse<String> response =
        app.asAdmin(
            "POST",
            "/api/users",
            "{\"username\":\"Tên Sai\",\"fullName\":\"\",\"unitCode\":\"KHONGCO\",\"roles\":[\"KING\",\"VIEWER\"]}");
    assertProblem(response, 422, "Dữ liệu không hợp lệ; không có gì được lưu.");
    JsonArray errors = ((JsonObject) json(response)).getJsonArray("errors");
    List<String> fields =
        errors.getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    assertEquals(List.of("username", "roles", "fullName", "unitCode"), fields);
    assertEquals("Vai trò \"KING\" không tồn tại.", errors.getJsonObject(1).getString("message"));
    assertEquals("Không có đơn vị mã \"KHONGCO\".", errors.getJsonObject(3).getString("message"));
  }

  @Test
  void malformedJsonIs400() {
    assertProblem(
        app.asAdmin("POST", "/api/users", "{\"username\": "),
        400,
        "Yêu cầu không đúng cú pháp (ví dụ JSON sai định dạng).");
  }

  @Test
  void aUserWithoutTheRoleIsRefused403() {
    app.createApiAccount("api.viewer", "Người Xem", "SNV", "VIEWER", "XemThoi20222");
    assertProblem(
        app.send("GET", "/api/users", null, "api.viewer", "XemThoi20222"),
        403,
        "Bạn không có quyền thực hiện thao tác này.");
    assertEquals(
        200, app.send("GET", "/api/units", null, "api.viewer", "XemThoi20222").statusCode());
  }

  @Test
  void unknownPathsAre404Problems() {
    assertProblem(
        app.asAdmin("GET", "/api/khong-co", null), 404, "Không tìm thấy tài nguyên được yêu cầu.");
  }

  @Test
  void fiveWrongPasswordsLockTheAccountForTheApiToo() {
    app.createAccount("api.locked", "Người Bị Khóa", "STP", "VIEWER", "DungRoi20222");
    for (int i = 0; i < 4; i++) {
      assertProblem(
          app.send("GET", "/api/units", null, "api.locked", "sai"),
          401,
          "Tên đăng nhập hoặc mật khẩu không đúng.");
    }
    String locked =
        "Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.";
    assertProblem(app.send("GET", "/api/units", null, "api.locked", "sai"), 401, locked);
    assertProblem(app.send("GET", "/api/units", null, "api.locked", "DungRoi20222"), 401, locked);
  }

  @Test
  void readinessChecksTheDatabase() {
    HttpResponse<String> response = app.send("GET", "/health/ready", null, null, null);
    assertEquals(200, response.statusCode());
    JsonObject health = (JsonObject) json(response);
    assertEquals("UP", health.getString("status"));
    JsonObject check = health.getJsonArray("checks").getJsonObject(0);
    assertEquals("database", check.getString("name"));
    assertEquals("UP", check.getString("status"));
    assertEquals("H2", check.getJsonObject("data").getString("product"));
  }

  @Test
  void theOpenApiDocumentDescribesTheEndpoints() {
    HttpResponse<String> response = app.asAdmin("GET", "/openapi", null);
    assertEquals(200, response.statusCode(), "for the administrator: " + response.body());
    assertTrue(response.body().contains("/api/users"), response.body());
    assertTrue(response.body().contains("/api/units"));
  }

  @Test
  void pagesCarryAContentSecurityPolicyWithANonce() {
    HttpResponse<String> page = app.send("GET", "/login.xhtml", null, null, null);
    assertEquals(200, page.statusCode());
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertTrue(csp.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?"), csp);
    assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElseThrow());
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertTrue(page.body().contains("Đăng nhập"));
  }

  @Test
  void aMissingPageShowsTheVietnamese404Page() {
    HttpResponse<String> page = app.send("GET", "/khong-co-trang-nay.xhtml", null, null, null);
    assertEquals(404, page.statusCode());
    assertTrue(page.body().contains("Không tìm thấy trang"), page.body());
  }
}
