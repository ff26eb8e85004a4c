package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * Evidence over HTTP on the sample framework: files are checked by their content (a disguised or
 * oversize one is refused, nothing stored), stored once, revised and removed with a reason; a lead
 * unit asks another for evidence and talks with the coordinator on the leaf; a unit's evidence
 * downloads as one ZIP with a table of contents, for the unit and not for another.
 */
class EvidenceApiIT extends SelfAssessmentApiTest {
  private static String base;
  private static Map<String, String> fields;
  private static long documentId;
  private static String content;
  private static long campaign;
  private static String leaf;
  private static long request;
  private static String requests;

  @Test
  void evidenceIsCheckedByContentStoredOnceRevisedAndRemovedWithAReason() throws Exception {
    aDocumentIsStoredOnce();
    aDisguisedOrOversizeFileIsRefusedAndTheStoredOneReadBack();
    aRevisionReplacesItAndARemovalNeedsItsReason();
  }

  private static void aDocumentIsStoredOnce() throws Exception {
    campaign = openCampaign("2099-12-31");
    base = "/api/campaigns/" + campaign + "/subjects/UBND/scores/";
    fields = new LinkedHashMap<>();
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
    documentId = document.getJsonNumber("id").longValue();

    Reply again = upload(base + "7.3.4/evidence", "ban-sao.pdf", PDF, Map.of(), OFFICER);
    assertEquals(201, again.statusCode());
    assertEquals(sha256(PDF), object(again).getString("sha256"), "same content, same file");
  }

  private static void aDisguisedOrOversizeFileIsRefusedAndTheStoredOneReadBack() throws Exception {
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

    content = "/api/campaigns/" + campaign + "/evidence/" + documentId + "/content";
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
  }

  private static void aRevisionReplacesItAndARemovalNeedsItsReason() throws Exception {
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
  void aUnitsEvidenceComesAsOneZipWithItsTableOfContents() throws Exception {
    long bundled = openCampaign("2099-12-31");
    String scores = "/api/campaigns/" + bundled + "/subjects/UBND/scores/";
    Map<String, String> plan = Map.of("number", "308/KH-UBND", "date", "2023-02-14");
    long first =
        object(upload(scores + "7.3.3/evidence", "Kế hoạch 308.pdf", PDF, plan, OFFICER))
            .getJsonNumber("id")
            .longValue();
    long second =
        object(upload(scores + "7.3.4/evidence", "Báo cáo: quý 1.pdf", PDF, Map.of(), OFFICER))
            .getJsonNumber("id")
            .longValue();

    String bundle = "/api/campaigns/" + bundled + "/evidence/bundle?unit=VPUBND";
    HttpResponse<byte[]> zip = app.sendBytes("GET", bundle, null, null, LEADER, PASSWORD);
    assertEquals(200, zip.statusCode());
    assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(
        zip.headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .contains("tai-lieu-dot-" + bundled + "-VPUBND.zip"));
    Map<String, byte[]> entries = unzipped(zip.body());
    String kehoach = "7.3.3/" + first + "-Kế hoạch 308.pdf";
    String baocao = "7.3.4/" + second + "-Báo cáo_ quý 1.pdf";
    assertEquals(List.of("muc-luc.csv", kehoach, baocao), List.copyOf(entries.keySet()));
    assertArrayEquals(PDF, entries.get(kehoach));
    List<String> contents =
        new String(entries.get("muc-luc.csv"), StandardCharsets.UTF_8).lines().toList();
    assertEquals(
        "\uFEFFTiêu chí,Tệp trong bộ hồ sơ,\"Số, ký hiệu\",Ngày ban hành,Cơ quan ban hành,"
            + "Dung lượng (byte),Mã kiểm tra SHA-256",
        contents.get(0),
        "a byte order mark, so that Excel reads the Vietnamese");
    assertEquals(
        "7.3.3," + kehoach + ",308/KH-UBND,14/02/2023,," + PDF.length + "," + sha256(PDF),
        contents.get(1));

    aBundleIsRefusedToOthersAndForWhatIsNotAUnit(bundled, bundle);
  }

  private static void aBundleIsRefusedToOthersAndForWhatIsNotAUnit(long bundled, String bundle) {
    assertEquals(403, app.sendBytes("GET", bundle, null, null, FOREIGN, PASSWORD).statusCode());
    HttpResponse<String> odd =
        app.send(
            "GET",
            "/api/campaigns/" + bundled + "/evidence/bundle?unit=..%2F..%2F" + "X".repeat(300),
            null,
            LEADER,
            PASSWORD);
    assertEquals(422, odd.statusCode(), odd.body());
    assertTrue(odd.body().contains("không hợp lệ") && odd.body().length() < 2000, odd.body());
    assertEquals(
        422,
        app.sendBytes(
                "GET",
                "/api/campaigns/" + bundled + "/evidence/bundle",
                null,
                null,
                LEADER,
                PASSWORD)
            .statusCode());
  }

  @Test
  void aLeadUnitAsksAnotherUnitForEvidenceAndTalksWithTheCoordinator() throws Exception {
    theLeadUnitAsksAndTheOtherUnitSeesTheRequest();
    theAnswerBacksTheLeafAndTheThreadIsKept();
  }

  private static void theLeadUnitAsksAndTheOtherUnitSeesTheRequest() throws Exception {
    campaign = openCampaign("2099-12-31");
    leaf = "/api/campaigns/" + campaign + "/subjects/UBND/scores/8.1";
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
    request = object(asked).getJsonNumber("id").longValue();

    requests = "/api/campaigns/" + campaign + "/evidence-requests";
    JsonObject inbox = array(app.send("GET", requests, null, FOREIGN, PASSWORD)).getJsonObject(0);
    assertEquals("VPUBND", inbox.getString("fromUnitCode"));
    assertEquals("8.1", inbox.getString("nodeCode"));
    assertFalse(inbox.getBoolean("overdue"));
    assertEquals(1, array(app.send("GET", requests, null, OFFICER, PASSWORD)).size());
    assertEquals(
        403,
        app.send("POST", requests + "/" + request + "/done", "{}", OFFICER, PASSWORD).statusCode(),
        "only the asked unit marks it done");
  }

  private static void theAnswerBacksTheLeafAndTheThreadIsKept() throws Exception {
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
}
