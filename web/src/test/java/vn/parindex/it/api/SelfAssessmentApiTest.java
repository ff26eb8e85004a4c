package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import vn.parindex.it.support.MultipartBody;
import vn.parindex.it.support.RunningApp;

/**
 * What the self-assessment API tests share: Văn phòng UBND tỉnh's officer and leader, an officer of
 * Sở Tư pháp, a sample campaign per test, and the calls they make.
 */
abstract class SelfAssessmentApiTest extends ApiTest {
  static final String OFFICER = "api.vp.daumoi";
  static final String LEADER = "api.vp.lanhdao";
  static final String FOREIGN = "api.tp.daumoi";
  static final String PASSWORD = "TuDanhGia2022!";
  static final List<String> VPUBND_LEAVES =
      List.of(
          "1.6", "1.7", "3.1", "3.2.1", "3.2.2", "3.3", "7.3.3", "7.3.4", "7.3.5", "7.3.6", "7.3.7",
          "8.1");
  static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
              + "% Kế hoạch 520/KH-UBND\ntrailer << /Root 1 0 R >>\n%%EOF\n")
          .getBytes(StandardCharsets.UTF_8);

  /** Made once for the classes that share them, in the one JVM that runs them in turn. */
  static boolean accountsMade;

  @BeforeAll
  static void makeAccounts() {
    if (accountsMade) {
      return;
    }
    accountsMade = true;
    app.createApiAccount(OFFICER, "Nguyễn Thị Đầu Mối", "VPUBND", "UNIT_OFFICER", PASSWORD);
    app.createApiAccount(LEADER, "Trần Văn Lãnh Đạo", "VPUBND", "UNIT_LEADER", PASSWORD);
    app.createApiAccount(FOREIGN, "Lê Văn Tư Pháp", "STP", "UNIT_OFFICER", PASSWORD);
  }

  static long openCampaign(String closes) throws IOException {
    return app.openSampleCampaign(app.unique("Tự đánh giá thử " + closes), closes);
  }

  static HttpResponse<String> score(long campaign, String node, String json, String user) {
    return app.send(
        "PUT",
        "/api/campaigns/" + campaign + "/subjects/UBND/scores/" + node,
        json,
        user,
        PASSWORD);
  }

  static HttpResponse<String> step(long campaign, String step, String user, String body) {
    return app.send(
        "POST",
        "/api/campaigns/" + campaign + "/subjects/UBND/" + step,
        body,
        user,
        user.equals(RunningApp.HELPER_ADMIN) ? RunningApp.HELPER_PASSWORD : PASSWORD);
  }

  static JsonObject leaf(JsonObject workspace, String node) {
    return workspace.getJsonArray("leaves").getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getString("nodeCode").equals(node))
        .findFirst()
        .orElseThrow();
  }

  static JsonObject workspace(long campaign, String user) {
    HttpResponse<String> response =
        app.send(
            "GET", "/api/campaigns/" + campaign + "/units/VPUBND/workspace", null, user, PASSWORD);
    assertEquals(200, response.statusCode(), response.body());
    return object(response);
  }

  static List<String> errorFields(HttpResponse<String> response) {
    return object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  static Reply upload(
      String path, String fileName, byte[] content, Map<String, String> fields, String user) {
    MultipartBody body = MultipartBody.of(fields, fileName, "application/pdf", content);
    HttpResponse<byte[]> response =
        app.sendBytes("POST", path, body.contentType(), body.bytes(), user, PASSWORD);
    return new Reply(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
  }

  /** A response whose body was read as bytes, seen as text. */
  record Reply(int statusCode, String body) {}

  static JsonObject object(Reply reply) {
    return Json.createReader(new StringReader(reply.body())).readObject();
  }

  /** How many files the evidence store holds: a refused upload must leave none behind. */
  static long filesInStore() throws IOException {
    Path store = app.dataDir().resolve("evidence");
    if (!Files.exists(store)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(store)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** The entries of a ZIP, in their order, by name. */
  static Map<String, byte[]> unzipped(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
