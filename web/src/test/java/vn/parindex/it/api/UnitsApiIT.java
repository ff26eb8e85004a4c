package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * The unit list over HTTP: loaded from CSV with parents, refused whole when a row is wrong, edited
 * with a version, retired without leaving the campaigns that already score it.
 */
class UnitsApiIT extends ApiTest {
  private static final String HEADER = "code,name_vi,name_en,kind,parent_code\n";

  private static HttpResponse<byte[]> postCsv(String csv, String user, String password) {
    return app.sendBytes(
        "POST", "/api/units", "text/csv", csv.getBytes(StandardCharsets.UTF_8), user, password);
  }

  private static HttpResponse<byte[]> postCsv(String csv) {
    return postCsv(csv, RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
  }

  private static JsonObject unit(String code) {
    HttpResponse<String> response = app.asAdmin("GET", "/api/units/" + code, null);
    assertEquals(200, response.statusCode(), response.body());
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static Set<String> codes(String path) {
    HttpResponse<String> response = app.asAdmin("GET", path, null);
    JsonArray list = Json.createReader(new StringReader(response.body())).readArray();
    return list.getValuesAs(JsonObject.class).stream()
        .map(u -> u.getString("code"))
        .collect(Collectors.toSet());
  }

  private static List<JsonObject> errors(HttpResponse<byte[]> response) {
    return objectOf(response).getJsonArray("errors").getValuesAs(JsonObject.class);
  }

  private static List<Integer> rows(HttpResponse<byte[]> response) {
    return errors(response).stream().map(e -> e.getInt("row")).sorted().toList();
  }

  private static List<String> messages(HttpResponse<byte[]> response) {
    return errors(response).stream().map(e -> e.getString("message")).toList();
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @Test
  void aListAddsNewCodesAndUpdatesKnownOnesWithTheirParents() {
    HttpResponse<byte[]> first =
        postCsv(
            HEADER
                + "XA_IT_A,Xã Hương Trà,Huong Tra Commune,COMMUNE,HHK\n"
                + "XA_IT_B,Xã Phúc Đồng,,COMMUNE,XA_IT_C\n"
                + "XA_IT_C,Thị trấn Hương Khê,,COMMUNE,HHK\n");
    assertEquals(201, first.statusCode(), text(first));
    assertEquals(3, objectOf(first).getInt("added"));
    assertEquals(0, objectOf(first).getInt("updated"));
    assertEquals("HHK", unit("XA_IT_A").getString("parentCode"));
    assertEquals("XA_IT_C", unit("XA_IT_B").getString("parentCode"), "a parent later in the file");
    assertEquals("Xã Phúc Đồng", unit("XA_IT_B").getString("nameVi"));

    HttpResponse<byte[]> second =
        postCsv("code,name_vi,name_en,kind\nXA_IT_A,Xã Hương Trà (mới),,COMMUNE\n");
    assertEquals(201, second.statusCode(), text(second));
    assertEquals(0, objectOf(second).getInt("added"));
    assertEquals(1, objectOf(second).getInt("updated"));
    JsonObject renamed = unit("XA_IT_A");
    assertEquals("Xã Hương Trà (mới)", renamed.getString("nameVi"));
    assertFalse(renamed.containsKey("parentCode"), "no parent column: no parent");
  }

  @Test
  void aWrongRowRefusesTheWholeFileAndNamesEveryRow() {
    HttpResponse<byte[]> refused =
        postCsv(
            HEADER
                + "XA_IT_OK,Xã Đúng,,COMMUNE,HHK\n"
                + "XA_IT_KIND,Xã Sai Loại,,XA,HHK\n"
                + "XA_IT_ORPHAN,Xã Mồ Côi,,COMMUNE,KHONG_CO\n"
                + "XA_IT_X,Xã Vòng 1,,COMMUNE,XA_IT_Y\n"
                + "XA_IT_Y,Xã Vòng 2,,COMMUNE,XA_IT_X\n"
                + "xa-thuong,Xã Chữ Thường,,COMMUNE,\n");
    assertEquals(422, refused.statusCode());
    assertEquals(List.of(3, 7), rows(refused), text(refused));
    assertTrue(messages(refused).stream().anyMatch(m -> m.startsWith("Loại đơn vị \"XA\"")));

    HttpResponse<byte[]> parents =
        postCsv(
            HEADER
                + "XA_IT_OK,Xã Đúng,,COMMUNE,HHK\n"
                + "XA_IT_ORPHAN,Xã Mồ Côi,,COMMUNE,KHONG_CO\n"
                + "XA_IT_X,Xã Vòng 1,,COMMUNE,XA_IT_Y\n"
                + "XA_IT_Y,Xã Vòng 2,,COMMUNE,XA_IT_X\n");
    assertEquals(422, parents.statusCode());
    assertEquals(List.of(3, 4, 5), rows(parents), text(parents));
    assertTrue(messages(parents).contains("Không có đơn vị cấp trên mã \"KHONG_CO\"."));
    Set<String> stored = codes("/api/units");
    assertFalse(stored.contains("XA_IT_OK"), "nothing is saved from a refused file");
    assertFalse(stored.contains("XA_IT_X"));

    HttpResponse<byte[]> notCsv = postCsv("ma,ten\nA,B\n");
    assertEquals(422, notCsv.statusCode());
  }

  @Test
  void onlyCoordinatorsChangeTheList() {
    app.createApiAccount("units.viewer", "Người Xem Danh Sách", "SNV", "VIEWER", "XemDanhSach2022");
    HttpResponse<byte[]> refused =
        postCsv(HEADER + "XA_IT_V,Xã Xem,,COMMUNE,\n", "units.viewer", "XemDanhSach2022");
    assertEquals(403, refused.statusCode());
    assertFalse(codes("/api/units").contains("XA_IT_V"));
  }

  @Test
  void anEditNeedsTheCurrentVersionAndMayNotMakeALoop() {
    assertEquals(
        201,
        postCsv(HEADER + "XA_IT_E,Xã Sửa,,COMMUNE,HHK\nXA_IT_F,Xã Con,,COMMUNE,XA_IT_E\n")
            .statusCode());
    long version = unit("XA_IT_E").getJsonNumber("version").longValue();
    HttpResponse<String> loop =
        app.asAdmin(
            "PUT",
            "/api/units/XA_IT_E",
            "{\"nameVi\":\"Xã Sửa\",\"kind\":\"COMMUNE\",\"parentCode\":\"XA_IT_F\",\"version\":"
                + version
                + "}");
    assertEquals(422, loop.statusCode(), loop.body());
    HttpResponse<String> edited =
        app.asAdmin(
            "PUT",
            "/api/units/XA_IT_E",
            "{\"nameVi\":\"Xã Sửa Tên\",\"kind\":\"COMMUNE\",\"parentCode\":\"HHS\",\"version\":"
                + version
                + "}");
    assertEquals(200, edited.statusCode(), edited.body());
    assertEquals("HHS", unit("XA_IT_E").getString("parentCode"));
    HttpResponse<String> stale =
        app.asAdmin(
            "PUT",
            "/api/units/XA_IT_E",
            "{\"nameVi\":\"Xã Ghi Đè\",\"kind\":\"COMMUNE\",\"version\":" + version + "}");
    assertEquals(409, stale.statusCode());
    assertEquals("Xã Sửa Tên", unit("XA_IT_E").getString("nameVi"));
  }

  /**
   * The districts were abolished on 1/7/2025: a retired unit leaves new campaigns but stays in the
   * campaigns that already score it.
   */
  @Test
  void aRetiredUnitStaysInPastCampaignsAndLeavesNewOnes() {
    assertEquals(
        201,
        postCsv(HEADER + "XA_IT_R1,Xã Còn Lại,,COMMUNE,HHK\nXA_IT_R2,Xã Sáp Nhập,,COMMUNE,HHK\n")
            .statusCode());
    long framework = publishedCommuneFramework();
    long before = internalCampaign(framework, "Đợt xã trước sáp nhập", 2024);
    assertTrue(subjects(before).containsAll(List.of("XA_IT_R1", "XA_IT_R2")));

    long version = unit("XA_IT_R2").getJsonNumber("version").longValue();
    assertEquals(
        409,
        app.asAdmin("POST", "/api/units/XA_IT_R2/retire?version=" + (version + 7), null)
            .statusCode());
    HttpResponse<String> retired =
        app.asAdmin("POST", "/api/units/XA_IT_R2/retire?version=" + version, null);
    assertEquals(200, retired.statusCode(), retired.body());
    assertFalse(unit("XA_IT_R2").getBoolean("active"));
    assertFalse(codes("/api/units?active=true").contains("XA_IT_R2"));
    assertTrue(codes("/api/units").contains("XA_IT_R2"));

    assertTrue(subjects(before).contains("XA_IT_R2"), "the past campaign keeps the unit");
    long after = internalCampaign(framework, "Đợt xã sau sáp nhập", 2025);
    assertTrue(subjects(after).contains("XA_IT_R1"));
    assertFalse(subjects(after).contains("XA_IT_R2"));
  }

  private static long publishedCommuneFramework() {
    String csv =
        "code,parent_code,level,name_vi,name_en,max_score,method,notes,rule,rule_params\n"
            + "1,,1,Công tác chỉ đạo điều hành,,10,SELF,,,\n"
            + "1.1,1,2,Kế hoạch cải cách hành chính,,10,SELF,,,\n";
    HttpResponse<byte[]> created =
        app.sendBytes(
            "POST",
            "/api/frameworks?code=XA-IT&name="
                + URLEncoder.encode("Bộ chỉ số cấp xã thử nghiệm", StandardCharsets.UTF_8)
                + "&targetGroup=COMMUNE&fromYear=2024&total=10",
            "text/csv",
            csv.getBytes(StandardCharsets.UTF_8),
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    assertEquals(201, created.statusCode(), text(created));
    long id = objectOf(created).getJsonNumber("id").longValue();
    HttpResponse<String> published =
        app.asAdmin("POST", "/api/frameworks/" + id + "/publish", null);
    assertEquals(200, published.statusCode(), published.body());
    return id;
  }

  private static long internalCampaign(long framework, String name, int year) {
    HttpResponse<String> created =
        app.asAdmin(
            "POST",
            "/api/campaigns",
            "{\"name\":\""
                + name
                + "\",\"year\":"
                + year
                + ",\"frameworkId\":"
                + framework
                + ",\"kind\":\"INTERNAL\"}");
    assertEquals(201, created.statusCode(), created.body());
    return Json.createReader(new StringReader(created.body()))
        .readObject()
        .getJsonNumber("id")
        .longValue();
  }

  private static List<String> subjects(long campaign) {
    HttpResponse<String> response = app.asAdmin("GET", "/api/campaigns/" + campaign, null);
    return Json.createReader(new StringReader(response.body()))
        .readObject()
        .getJsonArray("subjectUnitCodes")
        .getValuesAs(jakarta.json.JsonString.class)
        .stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
