package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.it.api.BadInputCorpus.Type.DATE;
import static vn.parindex.it.api.BadInputCorpus.Type.FLAG;
import static vn.parindex.it.api.BadInputCorpus.Type.NUMBER;
import static vn.parindex.it.api.BadInputCorpus.Type.TEXT;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.parindex.it.api.BadInputCorpus.Case;
import vn.parindex.it.api.BadInputCorpus.Endpoint;
import vn.parindex.it.api.BadInputCorpus.Field;
import vn.parindex.it.support.RunningApp;

/**
 * The bad-input corpus sent to the running application: each case must get its status with a
 * problem document whose message is the application's own (the field named, in Vietnamese, no
 * exception text), and must change nothing: the endpoint's state reads the same after it, and no
 * file is added to the evidence store. Figures and failures go to {@code
 * target/bad-input-corpus.txt}.
 */
class BadInputCorpusIT extends SelfAssessmentApiTest {
  private static final String LEAF = "/api/campaigns/{campaign}/subjects/{subject}/scores/{node}";
  private static final String NOW = "\"version\":\"now\"";

  @Test
  void everyBadInputIsRefusedSayingWhyAndChangesNothing() throws IOException {
    MatrixFixture fixture = MatrixFixture.of(app);
    List<Case> cases =
        new ArrayList<>(BadInputCorpus.cases(endpoints(fixture.value("-", "framework"))));
    cases.addAll(tables(draftCampaign(fixture.value("-", "framework"))));
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      String failure = run(fixture, c);
      if (failure != null) {
        failures.add(c.endpoint().name() + " — " + c.what() + ": " + failure);
      }
    }
    String figures =
        "cases "
            + cases.size()
            + ", as expected "
            + (cases.size() - failures.size())
            + ", unexpected "
            + failures.size();
    Files.writeString(
        Path.of("target", "bad-input-corpus.txt"),
        figures + "\n" + String.join("\n", failures) + "\n",
        StandardCharsets.UTF_8);
    System.out.println("[bad-input corpus] " + figures);
    assertTrue(cases.size() >= 150, figures);
    assertTrue(failures.isEmpty(), figures + "\n" + String.join("\n", failures));
  }

  private static String run(MatrixFixture fixture, Case c) throws IOException {
    Endpoint e = c.endpoint();
    String path = fixture.path(e.name().startsWith("I ") ? "I" : "P", e.path());
    String state = fixture.path(e.name().startsWith("I ") ? "I" : "P", e.state());
    String account = MatrixFixture.ACCOUNTS.get(e.caller());
    String password = MatrixFixture.passwordOf(account);
    String before = read(state, account, password);
    long files = filesInStore();
    byte[] body = withVersion(c.body(), fixture);
    HttpResponse<byte[]> response =
        app.sendBytes(
            e.method(), path, c.contentType(), body.length == 0 ? null : body, account, password);
    String answer = new String(response.body(), StandardCharsets.UTF_8);
    if (response.statusCode() != c.status()) {
      return response.statusCode() + " instead of " + c.status() + " " + shorter(answer);
    }
    String problem = problemFault(response, answer, c.field());
    if (problem != null) {
      return problem;
    }
    if (!before.equals(read(state, account, password))) {
      return "the state changed";
    }
    return files == filesInStore() ? null : "a file was left in the store";
  }

  /** What is wrong with the problem document, if anything. */
  private static String problemFault(HttpResponse<byte[]> response, String answer, String field) {
    if (!response
        .headers()
        .firstValue("Content-Type")
        .orElse("")
        .startsWith("application/problem+json")) {
      return "not a problem document: " + shorter(answer);
    }
    JsonObject problem = objectOf(response);
    String detail = problem.getString("detail", "");
    if (detail.isBlank() || answer.contains("Exception") || answer.contains("java.")) {
      return "no message of the application's own: " + shorter(answer);
    }
    if (field == null) {
      return null;
    }
    boolean named =
        problem.containsKey("errors")
            && problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(
                    x ->
                        field.equals(x.getString("field", ""))
                            && !x.getString("message", "").isBlank()
                            && !x.getString("message").contains("{0}"));
    return named ? null : "the field " + field + " is not named: " + shorter(answer);
  }

  /** The leaf's version now, for the bodies that must not be refused as stale. */
  private static byte[] withVersion(byte[] body, MatrixFixture fixture) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (!text.contains(NOW)) {
      return body;
    }
    JsonObject workspace =
        object(
            app.send(
                "GET",
                fixture.path("P", "/api/campaigns/{campaign}/units/VPUBND/workspace"),
                null,
                MatrixFixture.ACCOUNTS.get("officer"),
                PASSWORD));
    long version = leaf(workspace, "7.3.3").getJsonNumber("version").longValue();
    return text.replace(NOW, "\"version\":" + version).getBytes(StandardCharsets.UTF_8);
  }

  private static String read(String path, String account, String password) {
    HttpResponse<String> response = app.send("GET", path, null, account, password);
    return response.statusCode() + " " + response.body();
  }

  private static String shorter(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static List<Endpoint> endpoints(String framework) {
    List<Endpoint> endpoints = new ArrayList<>(leafEndpoints());
    endpoints.addAll(campaignEndpoints());
    endpoints.addAll(workflowEndpoints());
    endpoints.addAll(directoryEndpoints(framework));
    return endpoints;
  }

  /** A leaf's self-assessment: its score, flag, messages and requests. */
  private static List<Endpoint> leafEndpoints() {
    return List.of(
        new Endpoint(
            "P score",
            "PUT",
            LEAF,
            "officer",
            "{\"value\":1,\"explanation\":\"Đã ban hành Kế hoạch 520/KH-UBND\"," + NOW + "}",
            List.of(
                field("value", NUMBER),
                field("explanation", TEXT),
                field("reason", TEXT),
                field("overrideReason", TEXT)),
            LEAF + "/history"),
        new Endpoint(
            "P risk",
            "PUT",
            "/api/campaigns/{campaign}/subjects/{subject}/risks/{node}",
            "officer",
            "{\"atRisk\":true,\"cause\":\"Chưa có văn bản\",\"remedy\":\"Ban hành trong tháng 12\","
                + "\"owner\":\"Phòng Kiểm soát TTHC\",\"due\":\"2099-01-31\","
                + NOW
                + "}",
            List.of(
                field("atRisk", FLAG),
                field("cause", TEXT),
                field("remedy", TEXT),
                field("owner", TEXT),
                field("due", DATE)),
            LEAF + "/history"),
        new Endpoint(
            "P comment",
            "POST",
            LEAF + "/comments",
            "officer",
            "{\"text\":\"Đề nghị Sở Nội vụ cho ý kiến\"}",
            List.of(field("text", TEXT)),
            LEAF + "/comments"),
        new Endpoint(
            "P evidence request",
            "POST",
            LEAF + "/requests",
            "officer",
            "{\"toUnitCode\":\"STP\",\"message\":\"Đề nghị cung cấp số liệu\","
                + "\"due\":\"2099-01-15\"}",
            List.of(field("toUnitCode", TEXT), field("message", TEXT), field("due", DATE)),
            "/api/campaigns/{campaign}/evidence-requests"));
  }

  /**
   * What Sở Nội vụ writes about a campaign: focal pairs, the report, a return, results, an
   * explanation.
   */
  private static List<Endpoint> campaignEndpoints() {
    return List.of(
        new Endpoint(
            "P focal pair",
            "PUT",
            "/api/campaigns/{campaign}/focal-pairs/STP",
            "coordinator",
            "{\"leader\":"
                + person("Trần Văn Lãnh", "lanh")
                + ",\"officer\":"
                + person("Lê Thị Mối", "moi")
                + "}",
            Stream.of("leader", "officer")
                .flatMap(
                    p ->
                        Stream.of("fullName", "title", "phone", "email")
                            .map(f -> field(p + "." + f, TEXT)))
                .toList(),
            "/api/campaigns/{campaign}/focal-pairs"),
        new Endpoint(
            "P report draft",
            "PUT",
            "/api/campaigns/{campaign}/reports/draft",
            "coordinator",
            "{\"number\":\"15/BC-UBND\",\"issuedOn\":\"2023-12-20\",\"signerTitle\":\"Chủ tịch\","
                + "\"signerName\":\"Võ Trọng Hải\",\"recipients\":\"Bộ Nội vụ\","
                + "\"difficulties\":\"Không có\",\"recommendations\":\"Không có\"}",
            List.of(
                field("number", TEXT),
                field("issuedOn", DATE),
                field("signerTitle", TEXT),
                field("signerName", TEXT),
                field("recipients", TEXT),
                field("difficulties", TEXT),
                field("recommendations", TEXT)),
            "/api/campaigns/{campaign}/reports/draft"));
  }

  /** The workflow's texts: a publication's reason, a return's comment, an explanation. */
  private static List<Endpoint> workflowEndpoints() {
    return List.of(
        new Endpoint(
            "I publication",
            "POST",
            "/api/campaigns/{campaign}/results/publish",
            "coordinator",
            "{\"reason\":\"Công bố kết quả\"}",
            List.of(field("reason", TEXT)),
            "/api/campaigns/{campaign}",
            // A first publication needs no reason: without a body it meets the campaign's state.
            409),
        new Endpoint(
            "P return",
            "POST",
            "/api/campaigns/{campaign}/subjects/{subject}/return?unit=VPUBND",
            "coordinator",
            "{\"comment\":\"Đề nghị bổ sung minh chứng\"}",
            List.of(field("comment", TEXT)),
            "/api/campaigns/{campaign}/units/VPUBND/workspace"),
        new Endpoint(
            "I explanation",
            "PUT",
            "/api/campaigns/{campaign}/subjects/{subject}/explanations/{node}",
            "officer",
            "{\"text\":\"Giải trình bổ sung\"}",
            List.of(field("text", TEXT)),
            LEAF + "/history"));
  }

  /** Units, accounts, passwords and campaigns. */
  private static List<Endpoint> directoryEndpoints(String framework) {
    return List.of(
        new Endpoint(
            "unit",
            "POST",
            "/api/units",
            "coordinator",
            "{\"code\":\"MX_MOI\",\"nameVi\":\"Đơn vị mới\",\"nameEn\":\"New unit\","
                + "\"kind\":\"DEPARTMENT\"}",
            List.of(field("code", TEXT), field("nameVi", TEXT), field("nameEn", TEXT)),
            "/api/units"),
        new Endpoint(
            "account",
            "POST",
            "/api/users",
            "admin",
            "{\"username\":\"mx.moi\",\"fullName\":\"Người Mới\",\"email\":\"moi@hatinh.gov.vn\","
                + "\"unitCode\":\"STP\",\"roles\":[\"UNIT_OFFICER\"]}",
            List.of(field("username", TEXT), field("fullName", TEXT), field("email", TEXT)),
            "/api/users"),
        new Endpoint(
            "own password",
            "PUT",
            "/api/users/me/password",
            "foreign-appraiser",
            "{\"current\":\"" + PASSWORD + "\",\"replacement\":\"MatKhauMoi#2026x\"}",
            List.of(field("current", TEXT), field("replacement", TEXT)),
            "/api/campaigns"),
        new Endpoint(
            "campaign",
            "POST",
            "/api/campaigns",
            "coordinator",
            "{\"name\":\"Chỉ số CCHC thử\",\"year\":2024,\"frameworkId\":"
                + framework
                + ","
                + "\"kind\":\"PROVINCIAL\",\"phases\":{\"selfAssessmentOpens\":\"2024-12-01\","
                + "\"selfAssessmentCloses\":\"2024-12-31\"}}",
            List.of(
                field("name", TEXT),
                field("year", NUMBER),
                field("phases.selfAssessmentOpens", DATE)),
            "/api/campaigns"));
  }

  /** Tables that are not what they claim: every import refuses them whole. */
  private static List<Case> tables(long draft) {
    Endpoint units =
        new Endpoint(
            "unit table", "POST", "/api/units", "coordinator", "", List.of(), "/api/units");
    Endpoint assignments =
        new Endpoint(
            "assignment table",
            "POST",
            "/api/campaigns/" + draft + "/assignments",
            "coordinator",
            "",
            List.of(),
            "/api/campaigns/" + draft + "/assignments");
    String header = "code,name_vi,name_en,kind,parent_code\n";
    String assigned = "scope_code,scope_kind,lead_unit_code,except_codes,source\n";
    return List.of(
        csv(units, "a NUL in a name", header + "MX_A,Sở\u0000mới,,DEPARTMENT,\n"),
        csv(units, "10,001 letters", header + "MX_A," + BadInputCorpus.LONG + ",,DEPARTMENT,\n"),
        csv(units, "an unknown kind", header + "MX_A,Sở mới,,PLANET,\n"),
        csv(units, "no header", "MX_A,Sở mới,,DEPARTMENT,\n"),
        csv(units, "empty", ""),
        new Case(
            units,
            "Windows-1258",
            "text/csv",
            (header + "MX_A,S\u01a0 m\u01a0i,,DEPARTMENT,\n")
                .getBytes(Charset.forName("windows-1258")),
            422,
            null),
        new Case(
            units,
            "a picture",
            "text/csv",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0},
            422,
            null),
        csv(assignments, "a NUL in a code", assigned + "1\u0000,FIELD,SNV,,\n"),
        csv(assignments, "an unknown unit", assigned + "1,FIELD,KHONG_CO,,\n"),
        csv(assignments, "an unknown scope", assigned + "99.99,CRITERION,SNV,,\n"));
  }

  /** A campaign not yet opened, whose assignment may still be imported. */
  private static long draftCampaign(String framework) {
    HttpResponse<String> created =
        app.send(
            "POST",
            "/api/campaigns",
            "{\"name\":\""
                + app.unique("Phân công thử")
                + "\",\"year\":2023,\"frameworkId\":"
                + framework
                + ",\"kind\":\"PROVINCIAL\",\"phases\":{"
                + "\"selfAssessmentOpens\":\"2023-12-01\",\"selfAssessmentCloses\":\"2099-12-31\"}}",
            MatrixFixture.ACCOUNTS.get("coordinator"),
            PASSWORD);
    assertEquals(201, created.statusCode(), created.body());
    return RunningApp.idOf(created.body());
  }

  private static Case csv(Endpoint e, String what, String body) {
    return new Case(e, what, "text/csv", body, 422, null);
  }

  private static String person(String name, String mail) {
    return "{\"fullName\":\""
        + name
        + "\",\"title\":\"Phó Giám đốc\",\"phone\":\"0912345678\","
        + "\"email\":\""
        + mail
        + "@hatinh.gov.vn\"}";
  }

  private static Field field(String path, BadInputCorpus.Type type) {
    return new Field(path, type);
  }
}
