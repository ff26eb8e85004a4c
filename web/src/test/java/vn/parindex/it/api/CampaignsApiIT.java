package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * A provincial campaign over HTTP: created on the sample framework, the 2022 assignment of dispatch
 * 6926 loaded and resolved, a conflicting table refused, focal pairs nominated and listed, the
 * campaign opened and cloned, and a foreign unit's criteria refused.
 */
class CampaignsApiIT extends ApiTest {
  private static long id;
  private static Map<String, String> lead;
  private static String nomination;
  private static String pairPath;
  private static String officerPassword;
  private static final Path ASSIGNMENT_2022 =
      Path.of("../domain/src/test/resources/vn/parindex/campaign/assignment-hatinh-2022.csv");
  private static long sampleId;

  @BeforeAll
  static void start() {
    sampleId = app.sampleFrameworkId();
  }

  private static long create(String name, int year) {
    HttpResponse<String> created =
        app.asAdmin(
            "POST",
            "/api/campaigns",
            "{\"name\":\""
                + name
                + "\",\"year\":"
                + year
                + ",\"frameworkId\":"
                + sampleId
                + ",\"kind\":\"PROVINCIAL\",\"phases\":{\"nominationDue\":\"2022-12-07\","
                + "\"selfAssessmentOpens\":\"2022-12-08\",\"selfAssessmentCloses\":\"2022-12-31\"}}");
    assertEquals(201, created.statusCode(), created.body());
    return object(created).getJsonNumber("id").longValue();
  }

  private static HttpResponse<byte[]> postCsv(long campaign, byte[] csv) {
    return app.sendBytes(
        "POST",
        "/api/campaigns/" + campaign + "/assignments",
        "text/csv",
        csv,
        RunningApp.HELPER_ADMIN,
        RunningApp.HELPER_PASSWORD);
  }

  @Test
  void theDispatchAssignmentIsResolvedAndTheCampaignOpens() throws IOException {
    theDispatchAssignmentIsResolved();
    aFocalPairIsNominatedWithOneTimePasswords();
    aRenominationKeepsPasswordsAndUnitsSeeOnlyTheirOwn();
    theCampaignOpensAndClonesIntoTheNextYear();
  }

  private static void theDispatchAssignmentIsResolved() throws IOException {
    id = create("Tự đánh giá Chỉ số CCHC năm 2022", 2022);
    JsonObject campaign = object(app.asAdmin("GET", "/api/campaigns/" + id, null));
    assertEquals("DRAFT", campaign.getString("status"));
    assertEquals(1, campaign.getJsonArray("subjectUnitCodes").size());
    assertEquals("UBND", campaign.getJsonArray("subjectUnitCodes").getString(0));

    HttpResponse<String> blocked = app.asAdmin("POST", "/api/campaigns/" + id + "/open", null);
    assertEquals(422, blocked.statusCode());
    assertTrue(blocked.body().contains("Tiêu chí 1.1.1 chưa có đơn vị chủ trì."), blocked.body());

    HttpResponse<byte[]> loaded = postCsv(id, Files.readAllBytes(ASSIGNMENT_2022));
    assertEquals(201, loaded.statusCode(), new String(loaded.body(), StandardCharsets.UTF_8));

    lead =
        array(app.asAdmin("GET", "/api/campaigns/" + id + "/assignments", null))
            .getValuesAs(JsonObject.class)
            .stream()
            .collect(
                Collectors.toMap(a -> a.getString("nodeCode"), a -> a.getString("leadUnitCode")));
    assertEquals("SNV", lead.get("1.1.1"));
    assertEquals("STTTT", lead.get("1.4"));
    assertEquals("VPUBND", lead.get("1.6"));
    assertEquals("VPUBND", lead.get("7.3.3"));
    assertEquals("STTTT", lead.get("7.3.2"));
    assertEquals("CT", lead.get("8.3.3"));
    assertEquals("CT", lead.get("8.4"));
    assertFalse(lead.containsKey("5.3"), "survey leaves have no lead unit");
  }

  private static void aFocalPairIsNominatedWithOneTimePasswords() throws IOException {
    JsonArray pairs = array(app.asAdmin("GET", "/api/campaigns/" + id + "/focal-pairs", null));
    assertEquals(
        List.of("CT", "SKHDT", "SNV", "STC", "STP", "STTTT", "VPUBND"),
        pairs.getValuesAs(JsonObject.class).stream().map(p -> p.getString("unitCode")).toList());
    assertTrue(
        pairs.getValuesAs(JsonObject.class).stream()
            .allMatch(p -> !p.getBoolean("nominated") && p.getBoolean("overdue")),
        "the 2022 deadline has passed for every unit");

    // Sở Kế hoạch và Đầu tư: no other test nominates it, so its accounts are new here.
    nomination =
        "{\"leader\":{\"fullName\":\"Trần Văn Lãnh Đạo\",\"title\":\"Phó Giám đốc\","
            + "\"phone\":\"0239 3855 123\",\"email\":\"pgd@skhdt.hatinh.gov.vn\"},"
            + "\"officer\":{\"fullName\":\"Lê Thị Đầu Mối\",\"title\":\"Chuyên viên\","
            + "\"phone\":\"0912 345 678\",\"email\":\"daumoi@skhdt.hatinh.gov.vn\"}}";
    pairPath = "/api/campaigns/" + id + "/focal-pairs/SKHDT";
    HttpResponse<String> nominated = app.asAdmin("PUT", pairPath, nomination);
    assertEquals(200, nominated.statusCode(), nominated.body());
    JsonObject pair = object(nominated);
    assertEquals("skhdt.daumoi", pair.getString("officerUsername"));
    officerPassword = pair.getString("officerPassword");
    assertEquals(14, officerPassword.length());
    JsonObject skhdt =
        array(app.asAdmin("GET", "/api/campaigns/" + id + "/focal-pairs", null))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> p.getString("unitCode").equals("SKHDT"))
            .findFirst()
            .orElseThrow();
    assertTrue(skhdt.getBoolean("nominated"));
    assertFalse(skhdt.getBoolean("overdue"));
    assertEquals("Lê Thị Đầu Mối", skhdt.getJsonObject("officer").getString("fullName"));
    assertFalse(skhdt.containsKey("officerPassword"), "a password is shown once");
  }

  private static void aRenominationKeepsPasswordsAndUnitsSeeOnlyTheirOwn() throws IOException {
    // A corrected phone number: the accounts are only linked again, their passwords kept.
    HttpResponse<String> corrected =
        app.asAdmin("PUT", pairPath, nomination.replace("0912 345 678", "0912 345 679"));
    assertEquals(200, corrected.statusCode(), corrected.body());
    assertFalse(object(corrected).containsKey("officerPassword"), corrected.body());
    assertFalse(object(corrected).containsKey("leaderPassword"), corrected.body());

    // The first password still works: it opens the change to the officer's own, and nothing else.
    assertEquals(
        403, app.send("GET", "/api/units", null, "skhdt.daumoi", officerPassword).statusCode());
    String own = "DauMoiKeHoach2022";
    assertEquals(
        204,
        app.send(
                "PUT",
                "/api/users/me/password",
                "{\"current\":\"" + officerPassword + "\",\"replacement\":\"" + own + "\"}",
                "skhdt.daumoi",
                officerPassword)
            .statusCode());
    officerPassword = own;
    HttpResponse<String> officerView =
        app.send(
            "GET", "/api/campaigns/" + id + "/assignments", null, "skhdt.daumoi", officerPassword);
    assertEquals(200, officerView.statusCode(), officerView.body());
    List<String> leaves =
        lead.entrySet().stream()
            .filter(e -> e.getValue().equals("SKHDT"))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    assertFalse(leaves.isEmpty());
    assertEquals(
        leaves,
        array(officerView).getValuesAs(JsonObject.class).stream()
            .map(a -> a.getString("nodeCode"))
            .sorted()
            .toList());
    assertEquals(
        403,
        app.send(
                "GET",
                "/api/campaigns/" + id + "/units/SNV/criteria",
                null,
                "skhdt.daumoi",
                officerPassword)
            .statusCode());
    assertEquals(
        leaves.size(),
        array(
                app.send(
                    "GET",
                    "/api/campaigns/" + id + "/units/SKHDT/criteria",
                    null,
                    "skhdt.daumoi",
                    officerPassword))
            .size());
    assertTrue(app.serverLog().contains("asked for the criteria of SNV"));
  }

  private static void theCampaignOpensAndClonesIntoTheNextYear() throws IOException {
    HttpResponse<String> opened = app.asAdmin("POST", "/api/campaigns/" + id + "/open", null);
    assertEquals("OPEN", object(opened).getString("status"));
    assertEquals(409, postCsv(id, Files.readAllBytes(ASSIGNMENT_2022)).statusCode());

    HttpResponse<String> cloned =
        app.asAdmin(
            "POST",
            "/api/campaigns/" + id + "/clone",
            "{\"name\":\"Tự đánh giá Chỉ số CCHC năm 2023\",\"year\":2023}");
    assertEquals(201, cloned.statusCode(), cloned.body());
    JsonObject next = object(cloned);
    assertEquals("DRAFT", next.getString("status"));
    assertEquals("2023-12-07", next.getJsonObject("phases").getString("nominationDue"));
    long nextId = next.getJsonNumber("id").longValue();
    assertEquals(
        lead.size(),
        array(app.asAdmin("GET", "/api/campaigns/" + nextId + "/assignments", null)).size());
    assertTrue(
        array(app.asAdmin("GET", "/api/campaigns/" + nextId + "/focal-pairs", null))
            .getValuesAs(JsonObject.class)
            .stream()
            .anyMatch(p -> p.getString("unitCode").equals("SKHDT") && p.getBoolean("nominated")));
  }

  @Test
  void conflictsAndGapsAreNamedAndNothingIsSaved() throws IOException {
    long id = create("Đợt thử phân công", 2023);
    String table = Files.readString(ASSIGNMENT_2022, StandardCharsets.UTF_8);
    String broken =
        table.replace("3,FIELD,VPUBND,,Dispatch 6926/UBND-NC section I.1.a\n", "")
            + "2,FIELD,SNV,,thử xung đột\n";
    HttpResponse<byte[]> refused = postCsv(id, broken.getBytes(StandardCharsets.UTF_8));
    assertEquals(422, refused.statusCode());
    String body = new String(refused.body(), StandardCharsets.UTF_8);
    assertTrue(
        body.contains("Tiêu chí 2.1.1 được giao cho nhiều đơn vị cùng cấp: SNV, STP."), body);
    assertTrue(body.contains("Tiêu chí 3.1 chưa có đơn vị chủ trì."), body);
    assertEquals(
        0, array(app.asAdmin("GET", "/api/campaigns/" + id + "/assignments", null)).size());

    HttpResponse<String> invalid =
        app.asAdmin(
            "POST",
            "/api/campaigns",
            "{\"name\":\"\",\"year\":2031,\"frameworkId\":" + sampleId + ",\"kind\":\"INTERNAL\"}");
    assertEquals(422, invalid.statusCode());
    assertTrue(invalid.body().contains("Vui lòng nhập tên đợt đánh giá."));
    assertTrue(invalid.body().contains("nằm ngoài thời gian áp dụng"));
    assertTrue(invalid.body().contains("Đợt tỉnh tự đánh giá dùng bộ chỉ số cấp tỉnh"));
  }
}
