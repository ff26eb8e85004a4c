package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * Criteria frameworks over HTTP: the shared 2022 file, a table with errors, the tree, CSV and XLSX
 * round trips, publishing, and the limits on what may be sent and by whom.
 */
class FrameworksApiIT extends ApiTest {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final Path SHARED_2022 =
      Path.of("../domain/src/test/resources/vn/parindex/framework/par-index-province-2022.csv");
  private static final String COMPLETE =
      "code,parent_code,level,name_vi,name_en,max_score,method,notes,rule,rule_params\n"
          + "1,,1,Cải cách thể chế,,70,MIXED,,,\n"
          + "1.1,1,2,Xây dựng văn bản quy phạm pháp luật,,30.5,SELF,,DEDUCTION,per=0.25\n"
          + "1.2,1,2,Theo dõi thi hành pháp luật,,39.5,SELF,,BANDS,100:1;80:0.5\n"
          + "2,,1,Điều tra xã hội học,,30,SURVEY,,,\n";

  private static HttpResponse<byte[]> post(String query, String type, byte[] body) {
    return app.sendBytes(
        "POST",
        "/api/frameworks?" + query,
        type,
        body,
        RunningApp.HELPER_ADMIN,
        RunningApp.HELPER_PASSWORD);
  }

  private static HttpResponse<byte[]> get(String path) {
    return app.sendBytes(
        "GET", path, null, null, RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
  }

  private static String query(String code, String total) {
    return "code="
        + code
        + "&name="
        + URLEncoder.encode("Bộ chỉ số thử nghiệm " + code, StandardCharsets.UTF_8)
        + "&targetGroup=PROVINCE&fromYear=2022&toYear=2023&total="
        + total;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theShared2022FileBecomesAnIncompleteDraftWithAWarningPerMissingPoint() throws IOException {
    HttpResponse<byte[]> created =
        post(query("BNV-876-2022", "100"), "text/csv", Files.readAllBytes(SHARED_2022));
    assertEquals(201, created.statusCode(), new String(created.body(), StandardCharsets.UTF_8));
    JsonObject framework = objectOf(created);
    assertEquals("DRAFT", framework.getString("status"));
    assertTrue(framework.getBoolean("incomplete"));
    JsonArray nodes = framework.getJsonArray("nodes");
    assertEquals(31, nodes.size());
    long missingPoints =
        framework.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
            .filter(w -> w.getString("message").equals("Thiếu điểm tối đa."))
            .count();
    assertEquals(31, missingPoints);
    assertEquals("8.5", nodes.getJsonObject(30).getString("code"));
    assertFalse(nodes.getJsonObject(1).getBoolean("verified"));

    HttpResponse<byte[]> blocked =
        app.sendBytes(
            "POST",
            "/api/frameworks/" + framework.getJsonNumber("id") + "/publish",
            null,
            null,
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    assertEquals(422, blocked.statusCode());
    assertTrue(new String(blocked.body(), StandardCharsets.UTF_8).contains("Thiếu điểm tối đa."));
  }

  @Test
  void aTableWithErrorsIsRefusedRowByRowAndNothingIsSaved() {
    String broken =
        COMPLETE.replace("1.2,1,2,", "1.3,1,2,").replace("per=0.25", "moi=0.25")
            + "3.1,9,2,Mồ côi,,1,SELF,,,\n";
    HttpResponse<byte[]> refused = post(query("LOI-2022", "100"), "text/csv", utf8(broken));
    assertEquals(422, refused.statusCode());
    assertTrue(
        refused
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"));
    List<String> errors =
        objectOf(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getInt("row") + ":" + e.getString("column") + ":" + e.getString("message"))
            .toList();
    assertEquals(
        List.of(
            "3:rule_params:Tham số \"moi=0.25\" không hợp lệ; dùng dạng per=0.25 (số điểm trừ mỗi lần, lớn hơn 0).",
            "6:parent_code:Mã cha \"9\" không đúng: mã cha phải là \"3\"."),
        errors);
    String list = new String(get("/api/frameworks").body(), StandardCharsets.UTF_8);
    assertFalse(list.contains("LOI-2022"), list);
  }

  @Test
  void exportThenImportGivesTheSameTreeInCsvAndXlsxAndPublishingFreezesIt() {
    JsonObject original = objectOf(post(query("RT-2022", "100"), "text/csv", utf8(COMPLETE)));
    String id = original.getJsonNumber("id").toString();

    HttpResponse<byte[]> csv = get("/api/frameworks/" + id + "/export?format=csv");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    assertTrue(
        csv.headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .contains("filename*=UTF-8''B%E1%BB%99%20ch%E1%BB%89%20s%E1%BB%91%20RT-2022.csv"));
    JsonObject fromCsv = objectOf(post(query("RT-2022-CSV", "100"), "text/csv", csv.body()));
    assertEquals(original.getJsonArray("nodes"), fromCsv.getJsonArray("nodes"));

    HttpResponse<byte[]> xlsx = get("/api/frameworks/" + id + "/export?format=xlsx");
    assertEquals(XLSX, xlsx.headers().firstValue("Content-Type").orElseThrow());
    assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(xlsx.body(), 2));
    JsonObject fromXlsx = objectOf(post(query("RT-2022-XLSX", "100"), XLSX, xlsx.body()));
    assertEquals(original.getJsonArray("nodes"), fromXlsx.getJsonArray("nodes"));

    HttpResponse<byte[]> published =
        app.sendBytes(
            "POST",
            "/api/frameworks/" + id + "/publish",
            null,
            null,
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    assertEquals(200, published.statusCode());
    assertEquals("PUBLISHED", objectOf(published).getString("status"));
    HttpResponse<byte[]> again =
        app.sendBytes(
            "POST",
            "/api/frameworks/" + id + "/publish",
            null,
            null,
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    assertEquals(409, again.statusCode());
    assertTrue(
        new String(again.body(), StandardCharsets.UTF_8)
            .contains("Bộ chỉ số RT-2022 đã công bố nên không thể sửa; hãy tạo phiên bản mới."));

    HttpResponse<byte[]> retired =
        app.sendBytes(
            "POST",
            "/api/frameworks/" + id + "/retire",
            null,
            null,
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    assertEquals("RETIRED", objectOf(retired).getString("status"));

    JsonObject tree = objectOf(get("/api/frameworks/" + id));
    JsonObject deduction = tree.getJsonArray("nodes").getJsonObject(1);
    assertEquals("1.1", deduction.getString("code"));
    assertEquals("1", deduction.getString("parentCode"));
    assertEquals("CRITERION", deduction.getString("kind"));
    assertEquals("30.50", deduction.getJsonNumber("maxScore").bigDecimalValue().toPlainString());
    assertEquals("DEDUCTION", deduction.getString("rule"));
    assertEquals("per=0.25", deduction.getString("ruleParams"));
  }

  @Test
  void oversizeUnsupportedAndUnauthorisedRequestsAreRefused() {
    byte[] huge = new byte[5 * 1024 * 1024 + 10];
    assertEquals(413, post(query("TO-2022", "100"), "text/csv", huge).statusCode());
    assertEquals(
        415, post(query("PDF-2022", "100"), "application/pdf", utf8(COMPLETE)).statusCode());
    HttpResponse<byte[]> notAWorkbook =
        post(query("XL-2022", "100"), XLSX, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    assertEquals(422, notAWorkbook.statusCode());

    app.createApiAccount("xem.ketqua", "Ngô Văn Xem", "SNV", "VIEWER", "XemKetQua2022");
    HttpResponse<byte[]> asViewer =
        app.sendBytes(
            "POST",
            "/api/frameworks?" + query("XEM-2022", "100"),
            "text/csv",
            utf8(COMPLETE),
            "xem.ketqua",
            "XemKetQua2022");
    assertEquals(403, asViewer.statusCode());
    assertEquals(
        200,
        app.sendBytes("GET", "/api/frameworks", null, null, "xem.ketqua", "XemKetQua2022")
            .statusCode());
  }
}
