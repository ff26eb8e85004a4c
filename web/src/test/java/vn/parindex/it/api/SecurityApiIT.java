package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * What an attack found, kept closed: parallel guesses each count towards the lock (none answers
 * 500, a right password among them waits like the wrong ones); the API takes no change from another
 * site; a JSON body over its limit is 413; Vietnamese in an upload's fields arrives whole; a unit
 * does not read the province's comparison with the Ministry; a client spraying passwords is slowed
 * down; the server's metrics and API description are the administrator's.
 */
class SecurityApiIT extends SelfAssessmentApiTest {
  private static final String GUESSED = "DoanMatKhau2023!";

  @Test
  void parallelGuessesEachCountAndTheRightPasswordWaits() throws Exception {
    String user = app.unique("doan.matkhau");
    app.createApiAccount(user, "Vũ Văn Đoán", "STP", "UNIT_OFFICER", GUESSED);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Future<HttpResponse<String>>> guesses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String wrong = "Sai" + i + "MatKhau2023";
      guesses.add(pool.submit(() -> app.send("GET", "/api/units", null, user, wrong)));
    }
    for (Future<HttpResponse<String>> guess : guesses) {
      HttpResponse<String> response = guess.get();
      assertEquals(
          401, response.statusCode(), "a guess is refused, never a 500: " + response.body());
    }
    pool.shutdown();
    HttpResponse<String> right = app.send("GET", "/api/units", null, user, GUESSED);
    assertEquals(401, right.statusCode(), "20 guesses lock the account, the right one too");
    assertTrue(right.body().contains("tạm thời bị khóa"), right.body());
  }

  @Test
  void aClientSprayingPasswordsIsSlowedDownAndEveryoneElseGoesOn() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<HttpResponse<String>>> sprayed = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      String name = "khong.co." + i;
      sprayed.add(pool.submit(() -> app.send("GET", "/api/units", null, name, GUESSED)));
    }
    int slowed = 0;
    for (Future<HttpResponse<String>> answer : sprayed) {
      HttpResponse<String> response = answer.get();
      if (response.statusCode() == 429) {
        slowed++;
        assertEquals("1", response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(response.body().contains("quá nhiều lần kiểm tra mật khẩu"), response.body());
      } else {
        assertEquals(401, response.statusCode(), response.body());
      }
    }
    pool.shutdown();
    assertTrue(slowed > 0, "120 checks in a burst meet the limit");
    // A script that keeps its verified credentials needs no new check, limit or not.
    assertEquals(200, app.send("GET", "/api/units", null, OFFICER, PASSWORD).statusCode());
    // Room again for the twenty guesses of another test (two failed checks a second come back).
    Thread.sleep(11_000);
    assertEquals(401, app.send("GET", "/api/units", null, "khong.co.x", GUESSED).statusCode());
  }

  @Test
  void theServersMetricsAndApiDescriptionAreTheAdministratorsOnly() {
    for (String path : List.of("/metrics", "/openapi")) {
      assertEquals(403, app.send("GET", path, null, OFFICER, PASSWORD).statusCode(), path);
      HttpResponse<String> anonymous = app.send("GET", path, null, null, null);
      assertTrue(
          anonymous.statusCode() == 302 || anonymous.statusCode() == 401,
          path + " asks for a login: " + anonymous.statusCode());
      HttpResponse<String> admin = app.asAdmin("GET", path, null);
      assertEquals(200, admin.statusCode(), path);
    }
    assertTrue(app.asAdmin("GET", "/openapi", null).body().contains("/api/campaigns"));
  }

  @Test
  void aLeaderWhoSentTheWorkCannotApproveItAlone() {
    long campaign = app.openDepartmentCampaign("SO-4E-2023", app.unique("Hai người"));
    String base = "/api/campaigns/" + campaign + "/subjects/VPUBND/";
    assertEquals(
        200, app.send("PUT", base + "scores/1.1", "{\"value\":0}", LEADER, PASSWORD).statusCode());
    assertEquals(
        200,
        app.send("PUT", base + "scores/1.2", "{\"selfScore\":0}", LEADER, PASSWORD).statusCode());
    assertEquals(200, app.send("POST", base + "submit", "{}", LEADER, PASSWORD).statusCode());
    assertTrue(
        object(app.asAdmin("GET", "/api/campaigns/" + campaign, null)).getBoolean("fourEyes"));
    assertProblem(
        app.send("POST", base + "approve", "{}", LEADER, PASSWORD),
        409,
        "Đợt đánh giá yêu cầu hai người: "
            + LEADER
            + " đã gửi kết quả nên không thể tự phê duyệt;"
            + " lãnh đạo khác của đơn vị phê duyệt.");
    String second = app.unique("vp.lanhdao.hai");
    app.createApiAccount(second, "Phan Văn Hai", "VPUBND", "UNIT_LEADER", PASSWORD);
    HttpResponse<String> approved = app.send("POST", base + "approve", "{}", second, PASSWORD);
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("APPROVED", object(approved).getString("status"));
  }

  @Test
  void aChangeFromAnotherSiteIsRefusedAndChangesNothing() throws Exception {
    long campaign = openCampaign("2099-12-31");
    String path = "/api/campaigns/" + campaign + "/reports/draft";
    HttpResponse<String> forged =
        withOrigin(
            "https://evil.example",
            path,
            "{\"number\":\"99/BC-GIA\",\"signerName\":\"Kẻ Giả Mạo\"}");
    assertProblem(
        forged,
        403,
        "Yêu cầu thay đổi dữ liệu đến từ một trang khác nên bị từ chối; hãy thao tác ngay trên"
            + " phần mềm, hoặc gọi API bằng xác thực HTTP Basic.");
    String stored = app.asAdmin("GET", path, null).body();
    assertTrue(!stored.contains("99/BC-GIA"), "nothing was saved: " + stored);
    HttpResponse<String> own =
        withOrigin(app.url("").replaceAll("/$", "").replaceAll("(://[^/]+).*", "$1"), path, "{}");
    assertEquals(200, own.statusCode(), "the application's own origin is welcome: " + own.body());
  }

  @Test
  void aJsonBodyOverItsLimitIs413() throws Exception {
    String huge = "{\"recipients\":\"" + "x".repeat(300 * 1024) + "\"}";
    // As a careful client does: the headers first, the body only if the server will take it. The
    // server answers from the declared length and reads none of it.
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(app.url("/api/campaigns/1/reports/draft")))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Basic " + adminToken())
            .header("Content-Type", "application/json; charset=UTF-8")
            .expectContinue(true)
            .PUT(HttpRequest.BodyPublishers.ofString(huge, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertProblem(response, 413, "Dữ liệu gửi lên vượt quá dung lượng cho phép.");
  }

  private static String adminToken() {
    return Base64.getEncoder()
        .encodeToString(
            (RunningApp.HELPER_ADMIN + ":" + RunningApp.HELPER_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void vietnameseInAnUploadsFieldsArrivesWhole() throws Exception {
    long campaign = openCampaign("2099-12-31");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("number", "520/KH-UBND");
    fields.put("issuer", "UBND tỉnh Hà Tĩnh");
    fields.put("citation", "Mục II, trang 3");
    Reply uploaded =
        upload(
            "/api/campaigns/" + campaign + "/subjects/UBND/scores/7.3.3/evidence",
            "Kế hoạch 520.pdf",
            PDF,
            fields,
            OFFICER);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    assertEquals("UBND tỉnh Hà Tĩnh", object(uploaded).getString("issuer"));
    assertEquals("Mục II, trang 3", object(uploaded).getString("citation"));
  }

  @Test
  void aUnitDoesNotReadTheProvincesComparisonWithTheMinistry() throws Exception {
    long campaign = openCampaign("2099-12-31");
    String path = "/api/campaigns/" + campaign + "/ministry-scores/comparison";
    assertEquals(403, app.send("GET", path, null, OFFICER, PASSWORD).statusCode());
    assertEquals(200, app.asAdmin("GET", path, null).statusCode(), "Sở Nội vụ reads it");
  }

  @Test
  void aPasswordSomeoneElseSetOpensNothingButItsChange() {
    String user = app.unique("doi.matkhau");
    app.createAccount(user, "Trịnh Văn Đổi", "STP", "UNIT_OFFICER", "CapPhat2023!");
    assertProblem(
        app.send("GET", "/api/units", null, user, "CapPhat2023!"),
        403,
        "Mật khẩu của tài khoản do người khác đặt: hãy đổi mật khẩu (trang Đổi mật khẩu, hoặc PUT"
            + " /api/users/me/password) trước khi làm việc khác.");
    HttpResponse<String> weak =
        app.send(
            "PUT",
            "/api/users/me/password",
            "{\"current\":\"CapPhat2023!\",\"replacement\":\"ngan1\"}",
            user,
            "CapPhat2023!");
    assertEquals(422, weak.statusCode(), weak.body());
    assertEquals(
        204,
        app.send(
                "PUT",
                "/api/users/me/password",
                "{\"current\":\"CapPhat2023!\",\"replacement\":\"TuDat2023Moi\"}",
                user,
                "CapPhat2023!")
            .statusCode());
    assertEquals(200, app.send("GET", "/api/units", null, user, "TuDat2023Moi").statusCode());
  }

  @Test
  void pagesAreKeptOutOfTheBrowsersCacheAndScriptsAreNot() {
    HttpResponse<String> page = app.send("GET", "/login.xhtml", null, null, null);
    assertEquals(200, page.statusCode());
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    HttpResponse<String> script =
        app.send(
            "GET",
            "/jakarta.faces.resource/jquery/jquery.js.xhtml?ln=primefaces",
            null,
            null,
            null);
    assertEquals(200, script.statusCode());
    assertTrue(
        !script.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
        "a script may be cached");
  }

  /** A PUT with the admin's Basic credentials, as a browser would send it from {@code origin}. */
  private static HttpResponse<String> withOrigin(String origin, String path, String json)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(app.url(path)))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Basic " + adminToken())
            .header("Origin", origin)
            .header("Content-Type", "application/json; charset=UTF-8")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
