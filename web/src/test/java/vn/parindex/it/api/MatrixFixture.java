package vn.parindex.it.api;

import static vn.parindex.it.api.SelfAssessmentApiTest.PASSWORD;
import static vn.parindex.it.api.SelfAssessmentApiTest.PDF;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import vn.parindex.it.support.MultipartBody;
import vn.parindex.it.support.RunningApp;

/**
 * What the authorisation matrix calls on: one account per caller, and per campaign kind a campaign
 * with a scored leaf, a document on it, and a request for evidence the other unit answered, so that
 * every path of the rules names something that exists.
 */
final class MatrixFixture {
  static final Map<String, String> ACCOUNTS =
      Map.of(
          "admin", RunningApp.HELPER_ADMIN,
          "coordinator", "mx.snv.coordinator",
          "viewer", "mx.snv.viewer",
          "officer", "mx.vp.officer",
          "leader", "mx.vp.leader",
          "appraiser", "mx.snv.appraiser",
          "foreign-officer", "mx.tp.officer",
          "foreign-leader", "mx.tp.leader",
          "foreign-appraiser", "mx.stc.appraiser");

  private static MatrixFixture built;
  private final RunningApp app;

  /** The values of a path's placeholders, per kind ({@code -}, {@code P}, {@code I}). */
  private final Map<String, Map<String, String>> values = new HashMap<>();

  private MatrixFixture(RunningApp app) {
    this.app = app;
  }

  /** Built once for the classes that share it, in the one JVM that runs them in turn. */
  static synchronized MatrixFixture of(RunningApp app) throws IOException {
    if (built == null) {
      built = new MatrixFixture(app).build();
    }
    return built;
  }

  static String passwordOf(String account) {
    return account.equals(RunningApp.HELPER_ADMIN) ? RunningApp.HELPER_PASSWORD : PASSWORD;
  }

  private MatrixFixture build() throws IOException {
    account("coordinator", "SNV", "COORDINATOR");
    account("viewer", "SNV", "VIEWER");
    account("officer", "VPUBND", "UNIT_OFFICER");
    account("leader", "VPUBND", "UNIT_LEADER");
    account("appraiser", "SNV", "APPRAISER");
    account("foreign-officer", "STP", "UNIT_OFFICER");
    account("foreign-leader", "STP", "UNIT_LEADER");
    account("foreign-appraiser", "STC", "APPRAISER");
    Map<String, String> global = new HashMap<>();
    global.put("unit", "VPUBND");
    global.put("framework", String.valueOf(app.sampleFrameworkId()));
    global.put("account", String.valueOf(spareAccount()));
    global.put("spareUnit", spareUnit());
    global.put("spareFramework", String.valueOf(spareFramework()));
    values.put("-", global);
    values.put(
        "P",
        campaign(
            global,
            app.openSampleCampaign(app.unique("Ma trận P"), "2099-12-31"),
            "UBND",
            "7.3.3",
            "{\"value\":1}"));
    values.put(
        "I",
        campaign(
            global,
            app.openDepartmentCampaign("MX-I-2023", app.unique("Ma trận I")),
            "VPUBND",
            "1.2",
            "{\"selfScore\":2}"));
    return this;
  }

  /** One value of the fixture for the kind. */
  String value(String kind, String name) {
    return values.get(kind).get(name);
  }

  /** The path with the fixture's values for the kind in place of its placeholders. */
  String path(String kind, String template) {
    String path = template;
    for (Map.Entry<String, String> value : values.get(kind).entrySet()) {
      path = path.replace("{" + value.getKey() + "}", value.getValue());
    }
    if (path.contains("{")) {
      throw new IllegalArgumentException("No value for " + path);
    }
    return path;
  }

  private void account(String caller, String unit, String role) {
    app.createApiAccount(ACCOUNTS.get(caller), "Ma Trận " + caller, unit, role, PASSWORD);
  }

  private long spareAccount() {
    app.createAccount("mx.spare", "Tài khoản dự phòng", "STP", "UNIT_OFFICER", PASSWORD + "-tam");
    return Json.createReader(new StringReader(app.asAdmin("GET", "/api/users", null).body()))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(u -> u.getString("username").equals("mx.spare"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private String spareUnit() {
    expect(
        201,
        app.sendBytes(
            "POST",
            "/api/units",
            "text/csv",
            "code,name_vi,name_en,kind,parent_code\nMX_DV,Đơn vị ma trận,Matrix unit,DEPARTMENT,\n"
                .getBytes(StandardCharsets.UTF_8),
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD));
    return "MX_DV";
  }

  private long spareFramework() {
    HttpResponse<byte[]> imported =
        app.sendBytes(
            "POST",
            "/api/frameworks?code=MX-KHUNG&name=Khung%20ma%20tr%E1%BA%ADn&targetGroup=DEPARTMENT"
                + "&fromYear=2023&total=10",
            "text/csv",
            ("code,parent_code,level,name_vi,name_en,max_score,method,notes,rule,rule_params\n"
                    + "1,,1,Lĩnh vực,,10,SELF,,,\n1.1,1,2,Tiêu chí,,10,SELF,,BINARY,\n")
                .getBytes(StandardCharsets.UTF_8),
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    expect(201, imported);
    return RunningApp.idOf(new String(imported.body(), StandardCharsets.UTF_8));
  }

  /** A campaign's values: its leaf scored by the officer, a document on it, a request answered. */
  private Map<String, String> campaign(
      Map<String, String> global, long campaign, String subject, String node, String score)
      throws IOException {
    Map<String, String> kind = new HashMap<>(global);
    kind.put("campaign", String.valueOf(campaign));
    kind.put("subject", subject);
    kind.put("node", node);
    String leaf = "/api/campaigns/" + campaign + "/subjects/" + subject + "/scores/" + node;
    String officer = ACCOUNTS.get("officer");
    expect(200, app.send("PUT", leaf, score, officer, PASSWORD));
    kind.put("document", String.valueOf(idOfReply(upload(leaf + "/evidence", officer))));
    HttpResponse<String> asked =
        app.send(
            "POST",
            leaf + "/requests",
            "{\"toUnitCode\":\"STP\",\"message\":\"Đề nghị cung cấp số liệu\",\"due\":\"2099-01-15\"}",
            officer,
            PASSWORD);
    expect(201, asked);
    long request = RunningApp.idOf(asked.body());
    kind.put("request", String.valueOf(request));
    HttpResponse<byte[]> answered =
        upload(
            "/api/campaigns/" + campaign + "/evidence-requests/" + request + "/evidence",
            ACCOUNTS.get("foreign-officer"));
    kind.put("answered", String.valueOf(idOfReply(answered)));
    return kind;
  }

  /** A one-page PDF uploaded by that account. */
  HttpResponse<byte[]> upload(String path, String account) {
    MultipartBody body = MultipartBody.of(Map.of(), "Minh chứng.pdf", "application/pdf", PDF);
    return app.sendBytes(
        "POST",
        path,
        body.contentType(),
        body.bytes(),
        account,
        account == null ? null : passwordOf(account));
  }

  private static long idOfReply(HttpResponse<byte[]> reply) {
    String body = new String(reply.body(), StandardCharsets.UTF_8);
    if (reply.statusCode() != 201) {
      throw new IllegalStateException(reply.request().uri() + ": " + body);
    }
    return RunningApp.idOf(body);
  }

  private static void expect(int status, HttpResponse<?> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.request().uri()
              + ": "
              + response.statusCode()
              + " "
              + response.body());
    }
  }
}
