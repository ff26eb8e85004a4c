package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A change of units recorded by mistake is withdrawn over HTTP: only the last of its units', with a
 * reason, once; names, ended units and moved accounts come back, a unit it created goes unless
 * something uses it, and the change can be recorded again the same day. Each refusal changes
 * nothing.
 */
class UnitEventWithdrawalApiIT extends UnitEventsTest {
  private static final String OFFICER = "ev.rut.officer";
  private static final String OFFICER_PASSWORD = "RutLai2025!x";

  private static long recorded(String json) {
    HttpResponse<String> response = post(json);
    assertEquals(201, response.statusCode(), response.body());
    return ((JsonObject) json(response)).getJsonObject("event").getJsonNumber("id").longValue();
  }

  private static HttpResponse<String> withdraw(long id, String reason) {
    return app.asAdmin(
        "POST", "/api/units/events/" + id + "/withdrawal", "{\"reason\":\"" + reason + "\"}");
  }

  private static String rename(String code, String day, String name) {
    return "{\"kind\":\"RENAME\",\"fromCodes\":[\""
        + code
        + "\"],\"toCodes\":[\""
        + code
        + "\"],\"effectiveFrom\":\""
        + day
        + "\",\"names\":{\""
        + code
        + "\":{\"nameVi\":\""
        + name
        + "\"}},"
        + DECISION
        + "}";
  }

  private static String unitOf(String username) {
    JsonArray users = (JsonArray) json(app.asAdmin("GET", "/api/users", null));
    return users.getValuesAs(JsonObject.class).stream()
        .filter(u -> u.getString("username").equals(username))
        .findFirst()
        .orElseThrow()
        .getString("unitCode");
  }

  private static void assertStatus(int status, HttpResponse<String> response, String expected) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.body().contains(expected), expected + " in " + response.body());
  }

  @Test
  void aMistakenMergeAndRenameAreWithdrawnLastFirstAndRecordedAgainTheSameDay() {
    create("EV_RVH", "Sở Văn hóa (thử)");
    create("EV_RDL", "Sở Du lịch (thử)");
    app.createAccount("ev.rvh", "Trần Thị Hoa", "EV_RVH", "UNIT_OFFICER", "VanHoa2025!x");
    app.createApiAccount(OFFICER, "Lê Văn Rút", "EV_RDL", "UNIT_OFFICER", OFFICER_PASSWORD);
    long merge =
        recorded(
            "{\"kind\":\"MERGE\",\"fromCodes\":[\"EV_RVH\",\"EV_RDL\"],\"toCodes\":[\"EV_RVD\"],"
                + "\"effectiveFrom\":\"2025-03-01\","
                + "\"names\":{\"EV_RVD\":{\"nameVi\":\"Sở Văn hóa và Du lịch (thử)\"}},"
                + DECISION
                + "}");
    assertEquals("EV_RVD", unitOf("ev.rvh"));
    long typo = recorded(rename("EV_RVD", "2025-04-01", "Sở Văn hóa và Du lich (thử)"));

    assertStatus(409, withdraw(merge, "Nhầm"), "01/04/2025");
    String before = app.asAdmin("GET", "/api/units/events", null).body();
    assertStatus(422, withdraw(typo, " "), "reason");
    assertStatus(422, withdraw(typo, "Nhầm\\u0000"), "reason");
    assertStatus(422, withdraw(typo, "x".repeat(1001)), "reason");
    HttpResponse<String> officer =
        app.send(
            "POST",
            "/api/units/events/" + typo + "/withdrawal",
            "{\"reason\":\"Nhầm\"}",
            OFFICER,
            OFFICER_PASSWORD);
    assertEquals(403, officer.statusCode(), officer.body());
    assertEquals(404, withdraw(999_999, "Nhầm").statusCode());
    assertEquals(before, app.asAdmin("GET", "/api/units/events", null).body(), "nothing changed");

    HttpResponse<String> withdrawn = withdraw(typo, "Sai chính tả tên đơn vị");
    assertEquals(200, withdrawn.statusCode(), withdrawn.body());
    JsonObject withdrawal =
        ((JsonObject) json(withdrawn)).getJsonObject("event").getJsonObject("withdrawal");
    assertEquals("Sai chính tả tên đơn vị", withdrawal.getString("reason"));
    JsonObject renamedBack = history("EV_RVD");
    assertEquals(1, renamedBack.getJsonArray("names").size(), "the former name is gone");
    assertEquals(
        "Sở Văn hóa và Du lịch (thử)",
        renamedBack.getJsonArray("names").getJsonObject(0).getString("nameVi"));
    assertStatus(409, withdraw(typo, "Lần nữa"), "đã được hủy bỏ");

    long again = recorded(rename("EV_RVD", "2025-04-01", "Sở Văn hóa, Du lịch (thử)"));
    assertEquals(3, history("EV_RVD").getJsonArray("events").size(), "the withdrawn one stays");
    assertEquals(200, withdraw(again, "Quyết định bị thu hồi").statusCode());

    HttpResponse<String> unmerged = withdraw(merge, "Nhầm ngày có hiệu lực");
    assertEquals(200, unmerged.statusCode(), unmerged.body());
    assertEquals(
        List.of("ev.rvh", OFFICER),
        ((JsonObject) json(unmerged))
            .getJsonArray("movedBack").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("username"))
                .toList());
    assertEquals("EV_RVH", unitOf("ev.rvh"));
    assertEquals("EV_RDL", unitOf(OFFICER));
    assertTrue(history("EV_RVH").getBoolean("active"));
    assertEquals(List.of(), history("EV_RVH").getJsonArray("successors"));
    assertEquals(404, app.asAdmin("GET", "/api/units/EV_RVD", null).statusCode());

    long merged =
        recorded(
            "{\"kind\":\"MERGE\",\"fromCodes\":[\"EV_RVH\",\"EV_RDL\"],\"toCodes\":[\"EV_RDL\"],"
                + "\"effectiveFrom\":\"2025-03-01\","
                + DECISION
                + "}");
    assertTrue(merged > merge);
    assertFalse(history("EV_RVH").getBoolean("active"));
    assertEquals("EV_RDL", unitOf("ev.rvh"));
  }

  @Test
  void aCreatedUnitInUseStaysAndTwoWithdrawalsAtOnceUndoOnce() throws Exception {
    create("EV_RKC", "Sở Khoa học và Công nghệ (thử)");
    long split =
        recorded(
            "{\"kind\":\"SPLIT\",\"fromCodes\":[\"EV_RKC\"],\"toCodes\":[\"EV_RKH\",\"EV_RCN\"],"
                + "\"effectiveFrom\":\"2025-05-01\",\"names\":{"
                + "\"EV_RKH\":{\"nameVi\":\"Sở Khoa học (thử)\"},"
                + "\"EV_RCN\":{\"nameVi\":\"Sở Công nghệ (thử)\"}},"
                + DECISION
                + "}");
    app.createAccount("ev.rkh", "Phạm Khoa", "EV_RKH", "UNIT_OFFICER", "KhoaHoc2025!x");
    assertStatus(409, withdraw(split, "Nhầm"), "EV_RKH");
    assertFalse(history("EV_RKC").getBoolean("active"), "nothing undone");
    assertEquals(200, app.asAdmin("GET", "/api/units/EV_RCN", null).statusCode());

    create("EV_RTT", "Sở Thông tin (thử)");
    long rename = recorded(rename("EV_RTT", "2025-06-01", "Sở Thông tin và Truyền thông (thử)"));
    CompletableFuture<HttpResponse<String>> one =
        CompletableFuture.supplyAsync(() -> withdraw(rename, "Nhầm tên"));
    CompletableFuture<HttpResponse<String>> two =
        CompletableFuture.supplyAsync(() -> withdraw(rename, "Nhầm tên"));
    List<Integer> statuses =
        List.of(one.get().statusCode(), two.get().statusCode()).stream().sorted().toList();
    assertEquals(List.of(200, 409), statuses);
    assertEquals(
        "Sở Thông tin (thử)",
        history("EV_RTT").getJsonArray("names").getJsonObject(0).getString("nameVi"));
  }
}
