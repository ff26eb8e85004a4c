package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * The self-assessment of the 2022 dispatch over HTTP, on the sample framework: Văn phòng UBND tỉnh
 * scores what it leads (field 3, 1.6, 1.7, 7.3.3–7.3.7, 8.1), attaches evidence, submits; its
 * leader approves; the coordinator returns a leaf; foreign units, stale versions, disguised and
 * oversize files are refused with nothing changed.
 */
class SelfAssessmentApiIT extends ApiTest {
  private static final String OFFICER = "api.vp.daumoi";
  private static final String LEADER = "api.vp.lanhdao";
  private static final String FOREIGN = "api.tp.daumoi";
  private static final String PASSWORD = "TuDanhGia2022!";
  private static final List<String> VPUBND_LEAVES =
      List.of(
          "1.6", "1.7", "3.1", "3.2.1", "3.2.2", "3.3", "7.3.3", "7.3.4", "7.3.5", "7.3.6", "7.3.7",
          "8.1");
  static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
              + "% Kế hoạch 520/KH-UBND\ntrailer << /Root 1 0 R >>\n%%EOF\n")
          .getBytes(StandardCharsets.UTF_8);

  private static int campaigns;

  @BeforeAll
  static void start() {
    app.createAccount(OFFICER, "Nguyễn Thị Đầu Mối", "VPUBND", "UNIT_OFFICER", PASSWORD);
    app.createAccount(LEADER, "Trần Văn Lãnh Đạo", "VPUBND", "UNIT_LEADER", PASSWORD);
    app.createAccount(FOREIGN, "Lê Văn Tư Pháp", "STP", "UNIT_OFFICER", PASSWORD);
  }

  private static long openCampaign(String closes) throws IOException {
    return app.openSampleCampaign("Tự đánh giá thử " + (++campaigns) + " — " + closes, closes);
  }

  private static HttpResponse<String> score(long campaign, String node, String json, String user) {
    return app.send(
        "PUT",
        "/api/campaigns/" + campaign + "/subjects/UBND/scores/" + node,
        json,
        user,
        PASSWORD);
  }

  private static HttpResponse<String> step(long campaign, String step, String user, String body) {
    return app.send(
        "POST",
        "/api/campaigns/" + campaign + "/subjects/UBND/" + step,
        body,
        user,
        user.equals(RunningApp.HELPER_ADMIN) ? RunningApp.HELPER_PASSWORD : PASSWORD);
  }

  private static JsonObject leaf(JsonObject workspace, String node) {
    return workspace.getJsonArray("leaves").getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getString("nodeCode").equals(node))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject workspace(long campaign, String user) {
    HttpResponse<String> response =
        app.send(
            "GET", "/api/campaigns/" + campaign + "/units/VPUBND/workspace", null, user, PASSWORD);
    assertEquals(200, response.statusCode(), response.body());
    return object(response);
  }

  private static List<String> errorFields(HttpResponse<String> response) {
    return object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  @Test
  void aRuleScoresTheInputAndAnInvalidScoreChangesNothing() throws IOException {
    long campaign = openCampaign("2099-12-31");
    HttpResponse<String> scored = score(campaign, "8.1", "{\"value\":91.17}", OFFICER);
    assertEquals(200, scored.statusCode(), scored.body());
    JsonObject body = object(scored);
    assertEquals(new BigDecimal("3.65"), body.getJsonNumber("selfScore").bigDecimalValue());
    assertEquals(new BigDecimal("3.65"), body.getJsonNumber("suggestedScore").bigDecimalValue());
    assertEquals("91,17% × 4 = 3,65 điểm", body.getString("explanationOfRule"));
    assertEquals("SCORED", body.getString("status"));

    HttpResponse<String> tooHigh = score(campaign, "3.1", "{\"selfScore\":4.5}", OFFICER);
    assertEquals(422, tooHigh.statusCode());
    assertTrue(tooHigh.body().contains("Điểm tự chấm phải từ 0 đến 4."), tooHigh.body());
    assertEquals(List.of("selfScore"), errorFields(tooHigh));

    JsonObject workspace = workspace(campaign, OFFICER);
    assertEquals(VPUBND_LEAVES.size(), workspace.getJsonArray("leaves").size());
    assertEquals("NOT_STARTED", leaf(workspace, "3.1").getString("status"));
    assertEquals(new BigDecimal("3.65"), workspace.getJsonNumber("selfTotal").bigDecimalValue());
    assertTrue(workspace.getBoolean("editable"));
  }

  @Test
  void anotherUnitsLeafIsRefusedAndLogged() throws IOException {
    long campaign = openCampaign("2099-12-31");
    HttpResponse<String> foreign = score(campaign, "8.1", "{\"selfScore\":1}", FOREIGN);
    assertEquals(403, foreign.statusCode());
    assertEquals(
        403,
        app.send(
                "GET",
                "/api/campaigns/" + campaign + "/units/VPUBND/workspace",
                null,
                FOREIGN,
                PASSWORD)
            .statusCode());
    assertTrue(app.serverLog().contains("Refused: " + FOREIGN + " (STP) tried to score UBND/8.1"));
    assertEquals("NOT_STARTED", leaf(workspace(campaign, OFFICER), "8.1").getString("status"));
  }

  @Test
  void aStaleSaveIsRefusedAndEveryChangeIsInTheTrail() throws IOException {
    long campaign = openCampaign("2099-12-31");
    HttpResponse<String> first =
        score(campaign, "7.3.7", "{\"selfScore\":1,\"explanation\":\"Đạt yêu cầu\"}", OFFICER);
    long version = object(first).getJsonNumber("version").longValue();
    HttpResponse<String> second =
        score(
            campaign,
            "7.3.7",
            "{\"selfScore\":0.5,\"explanation\":\"Đạt yêu cầu\",\"version\":"
                + version
                + ",\"reason\":\"Rà soát lại số liệu\"}",
            OFFICER);
    assertEquals(200, second.statusCode(), second.body());
    HttpResponse<String> stale =
        score(campaign, "7.3.7", "{\"selfScore\":0.75,\"version\":" + version + "}", OFFICER);
    assertEquals(409, stale.statusCode());

    JsonArray trail =
        array(
            app.send(
                "GET",
                "/api/campaigns/" + campaign + "/subjects/UBND/scores/7.3.7/history",
                null,
                OFFICER,
                PASSWORD));
    List<String> changes =
        trail.getValuesAs(JsonObject.class).stream()
            .map(
                a ->
                    a.getString("field")
                        + ": "
                        + a.getString("oldValue", "∅")
                        + " → "
                        + a.getString("newValue", "∅")
                        + " ("
                        + a.getString("actor")
                        + (a.containsKey("reason") ? ", " + a.getString("reason") : "")
                        + ")")
            .toList();
    assertEquals(
        List.of(
            "selfScore: ∅ → 1 (" + OFFICER + ")",
            "explanation: ∅ → Đạt yêu cầu (" + OFFICER + ")",
            "selfScore: 1 → 0.5 (" + OFFICER + ", Rà soát lại số liệu)"),
        changes);
  }

  @Test
  void evidenceIsCheckedByContentStoredOnceRevisedAndRemovedWithAReason() throws Exception {
    long campaign = openCampaign("2099-12-31");
    String base = "/api/campaigns/" + campaign + "/subjects/UBND/scores/";
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("number", "520/KH-UBND");
    fields.put("date", "2022-01-05");
    fields.put("issuer", "UBND tỉnh Hà Tĩnh");
    fields.put("citation", "Mục II, trang 3");
    Reply uploaded = upload(base + "7.3.3/evidence", "Kế hoạch 520.pdf", PDF, fields, OFFICER);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    JsonObject document = object(uploaded);
    assertEquals(sha256(PDF), document.getString("sha256"));
    assertEquals(PDF.length, document.getInt("size"));
    assertEquals("application/pdf", document.getString("mediaType"));
    long documentId = document.getJsonNumber("id").longValue();

    Reply again = upload(base + "7.3.4/evidence", "ban-sao.pdf", PDF, Map.of(), OFFICER);
    assertEquals(201, again.statusCode());
    assertEquals(sha256(PDF), object(again).getString("sha256"), "same content, same file");

    byte[] program = new byte[4096];
    program[0] = 'M';
    program[1] = 'Z';
    Reply disguised = upload(base + "7.3.5/evidence", "bao-cao.pdf", program, Map.of(), OFFICER);
    assertEquals(415, disguised.statusCode(), disguised.body());
    byte[] huge = new byte[60 * 1024 * 1024];
    System.arraycopy(PDF, 0, huge, 0, PDF.length);
    Reply oversize = upload(base + "7.3.5/evidence", "qua-lon.pdf", huge, Map.of(), OFFICER);
    assertEquals(413, oversize.statusCode(), oversize.body());
    assertEquals(
        0,
        array(app.send("GET", base + "7.3.5/evidence", null, OFFICER, PASSWORD)).size(),
        "nothing kept of refused files");

    String content = "/api/campaigns/" + campaign + "/evidence/" + documentId + "/content";
    HttpResponse<byte[]> download = app.sendBytes("GET", content, null, null, LEADER, PASSWORD);
    assertEquals(200, download.statusCode());
    assertArrayEquals(PDF, download.body());
    assertTrue(
        download
            .headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .contains("filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20520.pdf"));
    assertEquals(403, app.sendBytes("GET", content, null, null, FOREIGN, PASSWORD).statusCode());

    byte[] corrected =
        new String(PDF, StandardCharsets.UTF_8)
            .replace("520/KH-UBND", "520/KH-UBND (bản đính chính)")
            .getBytes(StandardCharsets.UTF_8);
    Reply revised =
        upload(
            "/api/campaigns/" + campaign + "/evidence/" + documentId + "/revisions",
            "Kế hoạch 520 (đính chính).pdf",
            corrected,
            fields,
            OFFICER);
    assertEquals(201, revised.statusCode(), revised.body());
    assertEquals(2, object(revised).getInt("revision"));
    assertArrayEquals(
        PDF,
        app.sendBytes("GET", content, null, null, LEADER, PASSWORD).body(),
        "the old revision is kept");
    JsonObject current =
        array(app.send("GET", base + "7.3.3/evidence", null, OFFICER, PASSWORD)).getJsonObject(0);
    assertEquals(2, current.getInt("revision"));

    String unlink = base + "7.3.3/evidence/" + current.getJsonNumber("id").longValue();
    assertEquals(422, app.send("DELETE", unlink, null, OFFICER, PASSWORD).statusCode());
    HttpResponse<String> removed =
        app.send(
            "DELETE",
            unlink + "?reason=Nh%E1%BA%A7m%20t%C3%A0i%20li%E1%BB%87u",
            null,
            OFFICER,
            PASSWORD);
    assertEquals(200, removed.statusCode(), removed.body());
    assertTrue(object(removed).getBoolean("removed"));
    assertEquals(0, leaf(workspace(campaign, OFFICER), "7.3.3").getInt("evidenceCount"));
    String trail = app.send("GET", base + "7.3.3/history", null, OFFICER, PASSWORD).body();
    assertTrue(trail.contains("Nhầm tài liệu"), trail);
    assertTrue(trail.contains("(bản 2)"), trail);
  }

  @Test
  void theOfficerSubmitsTheLeaderApprovesTheCoordinatorReturnsALeaf() throws IOException {
    long campaign = openCampaign("2099-12-31");
    HttpResponse<String> early = step(campaign, "submit", OFFICER, "{}");
    assertEquals(422, early.statusCode());
    assertEquals(VPUBND_LEAVES, errorFields(early));

    for (String node : VPUBND_LEAVES) {
      String json =
          node.equals("8.1")
              ? "{\"value\":91.17}"
              : node.equals("3.1") || node.equals("7.3.7") ? "{\"selfScore\":0}" : "{\"value\":0}";
      assertEquals(200, score(campaign, node, json, OFFICER).statusCode(), node);
    }
    HttpResponse<String> noEvidence = step(campaign, "submit", OFFICER, "{}");
    assertEquals(422, noEvidence.statusCode());
    assertEquals(List.of("8.1"), errorFields(noEvidence));
    assertTrue(noEvidence.body().contains("Tiêu chí 8.1 có điểm nhưng chưa có tài liệu"));

    score(
        campaign,
        "8.1",
        "{\"value\":91.17,\"explanation\":\"Số liệu do Bộ Nội vụ công bố, chưa có văn bản\"}",
        OFFICER);
    HttpResponse<String> submitted =
        step(campaign, "submit", OFFICER, "{\"comment\":\"Đã hoàn thành tự chấm\"}");
    assertEquals(200, submitted.statusCode(), submitted.body());
    assertEquals("SUBMITTED", object(submitted).getString("status"));
    assertEquals(409, score(campaign, "8.1", "{\"selfScore\":4}", OFFICER).statusCode());
    assertEquals(409, step(campaign, "submit", OFFICER, "{}").statusCode());
    assertEquals(403, step(campaign, "approve", OFFICER, "{}").statusCode());

    HttpResponse<String> approved = step(campaign, "approve", LEADER, "{}");
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("APPROVED", object(approved).getString("status"));
    assertEquals(409, step(campaign, "approve", LEADER, "{}").statusCode());

    HttpResponse<String> consolidation =
        app.asAdmin("GET", "/api/campaigns/" + campaign + "/scores", null);
    JsonObject row =
        array(consolidation).getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("nodeCode").equals("8.1"))
            .findFirst()
            .orElseThrow();
    assertEquals("VPUBND", row.getString("leadUnitCode"));
    assertEquals(new BigDecimal("3.65"), row.getJsonNumber("selfScore").bigDecimalValue());
    assertEquals(
        403,
        app.send("GET", "/api/campaigns/" + campaign + "/scores", null, OFFICER, PASSWORD)
            .statusCode());

    HttpResponse<String> returned =
        app.asAdmin(
            "POST",
            "/api/campaigns/" + campaign + "/subjects/UBND/scores/8.1/return",
            "{\"comment\":\"Bổ sung văn bản công bố chỉ số hài lòng\"}");
    assertEquals(200, returned.statusCode(), returned.body());
    JsonObject after = workspace(campaign, OFFICER);
    assertEquals("DRAFT", after.getString("status"));
    assertEquals("RETURNED", leaf(after, "8.1").getString("status"));
    assertTrue(after.getBoolean("editable"));
    assertEquals(
        "SCORED",
        object(score(campaign, "8.1", "{\"value\":92,\"explanation\":\"Đã bổ sung\"}", OFFICER))
            .getString("status"));
  }

  @Test
  void afterTheClosingDateOnlyAReopenedUnitMayEdit() throws IOException {
    long campaign = openCampaign("2023-12-31");
    HttpResponse<String> locked = score(campaign, "8.1", "{\"value\":90}", OFFICER);
    assertEquals(409, locked.statusCode());
    assertFalse(workspace(campaign, OFFICER).getBoolean("editable"));
    assertEquals(
        422, step(campaign, "reopen?unit=VPUBND", RunningApp.HELPER_ADMIN, "{}").statusCode());
    HttpResponse<String> reopened =
        step(
            campaign,
            "reopen?unit=VPUBND",
            RunningApp.HELPER_ADMIN,
            "{\"comment\":\"Gia hạn đến 05/01 theo đề nghị của Văn phòng\"}");
    assertEquals(200, reopened.statusCode(), reopened.body());
    assertTrue(object(reopened).getBoolean("reopened"));
    assertEquals(200, score(campaign, "8.1", "{\"value\":90}", OFFICER).statusCode());
  }

  @Test
  void aLeadUnitAsksAnotherUnitForEvidenceAndTalksWithTheCoordinator() throws Exception {
    long campaign = openCampaign("2099-12-31");
    String leaf = "/api/campaigns/" + campaign + "/subjects/UBND/scores/8.1";
    HttpResponse<String> past =
        app.send(
            "POST",
            leaf + "/requests",
            "{\"toUnitCode\":\"STP\",\"message\":\"Xin số liệu\",\"due\":\"2020-01-01\"}",
            OFFICER,
            PASSWORD);
    assertEquals(422, past.statusCode());
    HttpResponse<String> asked =
        app.send(
            "POST",
            leaf + "/requests",
            "{\"toUnitCode\":\"STP\",\"message\":\"Đề nghị cung cấp báo cáo kết quả khảo sát"
                + " hài lòng\",\"due\":\"2099-01-15\"}",
            OFFICER,
            PASSWORD);
    assertEquals(201, asked.statusCode(), asked.body());
    long request = object(asked).getJsonNumber("id").longValue();

    String requests = "/api/campaigns/" + campaign + "/evidence-requests";
    JsonObject inbox = array(app.send("GET", requests, null, FOREIGN, PASSWORD)).getJsonObject(0);
    assertEquals("VPUBND", inbox.getString("fromUnitCode"));
    assertEquals("8.1", inbox.getString("nodeCode"));
    assertFalse(inbox.getBoolean("overdue"));
    assertEquals(1, array(app.send("GET", requests, null, OFFICER, PASSWORD)).size());
    assertEquals(
        403,
        app.send("POST", requests + "/" + request + "/done", "{}", OFFICER, PASSWORD).statusCode(),
        "only the asked unit marks it done");

    Reply answered =
        upload(
            requests + "/" + request + "/evidence",
            "Báo cáo khảo sát.pdf",
            PDF,
            Map.of("number", "15/BC-STP"),
            FOREIGN);
    assertEquals(201, answered.statusCode(), answered.body());
    assertEquals(1, leaf(workspace(campaign, OFFICER), "8.1").getInt("evidenceCount"));
    HttpResponse<String> done =
        app.send(
            "POST",
            requests + "/" + request + "/done",
            "{\"comment\":\"Đã gửi báo cáo\"}",
            FOREIGN,
            PASSWORD);
    assertEquals(200, done.statusCode(), done.body());
    assertTrue(object(done).getBoolean("done"));
    assertEquals(
        409,
        app.send("POST", requests + "/" + request + "/done", "{}", FOREIGN, PASSWORD).statusCode());

    assertEquals(
        201,
        app.send(
                "POST",
                leaf + "/comments",
                "{\"text\":\"Đề nghị Sở Nội vụ cho ý kiến\"}",
                OFFICER,
                PASSWORD)
            .statusCode());
    assertEquals(
        201,
        app.asAdmin("POST", leaf + "/comments", "{\"text\":\"Bổ sung kết quả khảo sát năm 2023\"}")
            .statusCode());
    List<String> thread =
        array(app.send("GET", leaf + "/comments", null, OFFICER, PASSWORD))
            .getValuesAs(JsonObject.class)
            .stream()
            .map(c -> c.getString("author") + ": " + c.getString("text"))
            .toList();
    assertEquals(
        List.of(
            OFFICER + ": Đề nghị Sở Nội vụ cho ý kiến",
            RunningApp.HELPER_ADMIN + ": Bổ sung kết quả khảo sát năm 2023"),
        thread);
    assertEquals(403, app.send("GET", leaf + "/comments", null, FOREIGN, PASSWORD).statusCode());
  }

  /** In an INTERNAL campaign each department scores its own assessment, and only its own. */
  @Test
  void inAnInternalCampaignEachUnitScoresItsOwnAssessment() {
    long campaign = app.openDepartmentCampaign("SO-2023", "Chỉ số CCHC các sở năm 2023");
    String own = "/api/campaigns/" + campaign + "/subjects/STP/scores/";
    assertEquals(
        new BigDecimal("6.00"),
        object(app.send("PUT", own + "1.1", "{\"value\":1}", FOREIGN, PASSWORD))
            .getJsonNumber("selfScore")
            .bigDecimalValue());
    assertEquals(
        422, app.send("PUT", own + "1.2", "{\"selfScore\":1.25}", FOREIGN, PASSWORD).statusCode());
    assertEquals(
        403,
        app.send(
                "PUT",
                "/api/campaigns/" + campaign + "/subjects/VPUBND/scores/1.1",
                "{\"value\":1}",
                FOREIGN,
                PASSWORD)
            .statusCode(),
        "another department's assessment");
    HttpResponse<String> workspace =
        app.send(
            "GET", "/api/campaigns/" + campaign + "/units/STP/workspace", null, FOREIGN, PASSWORD);
    JsonObject body = object(workspace);
    assertEquals(2, body.getJsonArray("leaves").size());
    assertEquals("SNV", leaf(body, "1.1").getString("leadUnitCode"), "the appraising department");
    assertEquals(new BigDecimal("6.00"), body.getJsonNumber("selfTotal").bigDecimalValue());
  }

  private static Reply upload(
      String path, String fileName, byte[] content, Map<String, String> fields, String user)
      throws IOException {
    String boundary = "----parindex" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> response =
        app.sendBytes(
            "POST",
            path,
            "multipart/form-data; boundary=" + boundary,
            body.toByteArray(),
            user,
            PASSWORD);
    return new Reply(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
  }

  /** A response whose body was read as bytes, seen as text. */
  private record Reply(int statusCode, String body) {}

  private static JsonObject object(Reply reply) {
    return Json.createReader(new StringReader(reply.body())).readObject();
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
