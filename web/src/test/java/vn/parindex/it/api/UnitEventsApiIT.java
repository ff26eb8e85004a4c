package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * Changes of units over HTTP: a merge with its decision ends the merged unit, moves its accounts to
 * the successor and shows in both units' histories; a later rename keeps the former name; every
 * refusal is a 422 naming the reason and changes nothing.
 */
class UnitEventsApiIT extends UnitEventsTest {

  private static void assertRefused(String json, String expected) {
    HttpResponse<String> refused = post(json);
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains(expected), expected + " in " + refused.body());
  }

  @Test
  void aMergeEndsTheMergedUnitMovesItsAccountsAndStaysInBothHistories() {
    create("EV_KHDT", "Sở Kế hoạch và Đầu tư (thử)");
    create("EV_TC", "Sở Tài chính (thử)");
    app.createAccount("ev.khdt", "Lê Văn Kế", "EV_KHDT", "UNIT_OFFICER", "KeHoach2025!");

    HttpResponse<String> merged =
        post(
            "{\"kind\":\"MERGE\",\"fromCodes\":[\"EV_KHDT\",\"EV_TC\"],\"toCodes\":[\"EV_TC\"],"
                + "\"effectiveFrom\":\"2025-03-01\","
                + DECISION
                + "}");
    assertEquals(201, merged.statusCode(), merged.body());
    JsonObject recorded = (JsonObject) json(merged);
    assertEquals("MERGE", recorded.getJsonObject("event").getString("kind"));
    assertEquals(
        "ev.khdt", recorded.getJsonArray("movedAccounts").getJsonObject(0).getString("username"));
    assertEquals(
        "EV_TC",
        recorded.getJsonArray("movedAccounts").getJsonObject(0).getString("unitCode"),
        "the account is now the successor's");

    JsonObject ended = history("EV_KHDT");
    assertFalse(ended.getBoolean("active"));
    assertEquals(List.of("EV_TC"), strings(ended, "successors"));
    assertEquals(
        "2025-02-28",
        ended.getJsonArray("names").getJsonObject(0).getString("until"),
        "its last day is the day before the merge");

    assertRefused(
        "{\"kind\":\"RENAME\",\"fromCodes\":[\"EV_TC\"],\"toCodes\":[\"EV_TC\"],"
            + "\"effectiveFrom\":\"2025-03-01\",\"names\":{\"EV_TC\":{\"nameVi\":\"Sở Tài chính\"}},"
            + DECISION
            + "}",
        "cùng ngày 01/03/2025");
    HttpResponse<String> renamed =
        post(
            "{\"kind\":\"RENAME\",\"fromCodes\":[\"EV_TC\"],\"toCodes\":[\"EV_TC\"],"
                + "\"effectiveFrom\":\"2025-04-01\","
                + "\"names\":{\"EV_TC\":{\"nameVi\":\"Sở Tài chính tỉnh (thử)\"}},"
                + DECISION
                + "}");
    assertEquals(201, renamed.statusCode(), renamed.body());
    JsonObject successor = history("EV_TC");
    assertEquals(List.of("EV_KHDT"), strings(successor, "predecessors"));
    assertEquals(2, successor.getJsonArray("events").size());
    JsonObject former = successor.getJsonArray("names").getJsonObject(0);
    assertEquals("Sở Tài chính (thử)", former.getString("nameVi"));
    assertEquals("2025-03-31", former.getString("until"));
    JsonObject now = successor.getJsonArray("names").getJsonObject(1);
    assertEquals("Sở Tài chính tỉnh (thử)", now.getString("nameVi"));
    assertEquals("2025-04-01", now.getString("from"));
  }

  @Test
  void eachRefusalNamesItsReasonAndChangesNothing() {
    create("EV_SNN", "Sở Nông nghiệp (thử)");
    String before = app.asAdmin("GET", "/api/units/events", null).body();
    assertRefused(
        "{\"kind\":\"MERGE\",\"fromCodes\":[\"EV_SNN\",\"EV_KHONG\"],\"toCodes\":[\"EV_SNN\"],"
            + "\"effectiveFrom\":\"2025-03-01\","
            + DECISION
            + "}",
        "Không có đơn vị mã \\\"EV_KHONG\\\"");
    assertRefused(
        "{\"kind\":\"DISSOLVE\",\"fromCodes\":[\"EV_SNN\"],\"effectiveFrom\":\"2099-01-01\","
            + DECISION
            + "}",
        "không được sau hôm nay");
    assertRefused(
        "{\"kind\":\"DISSOLVE\",\"fromCodes\":[\"EV_SNN\"],\"effectiveFrom\":\"2025-01-01\"}",
        "legalBasis.number");
    assertRefused(
        "{\"kind\":\"SPLIT\",\"fromCodes\":[\"EV_SNN\"],\"toCodes\":[\"EV_SNN\"],"
            + "\"effectiveFrom\":\"2025-01-01\","
            + DECISION
            + "}",
        "Chia tách cần");
    assertRefused(
        "{\"kind\":\"RENAME\",\"fromCodes\":[\"EV_SNN\"],\"toCodes\":[\"EV_SNN\"],"
            + "\"effectiveFrom\":\"2025-01-01\","
            + "\"names\":{\"EV_SNN\":{\"nameVi\":\"Sở\\u0000Nông nghiệp\"}},"
            + DECISION
            + "}",
        "ký tự điều khiển");
    HttpResponse<String> notJson = post("{\"kind\":");
    assertEquals(400, notJson.statusCode(), notJson.body());
    assertEquals(before, app.asAdmin("GET", "/api/units/events", null).body(), "nothing recorded");
    assertTrue(history("EV_SNN").getBoolean("active"));
    assertEquals(404, app.asAdmin("GET", "/api/units/EV_KHONG/history", null).statusCode());
  }

  /**
   * A table of changes is recorded in its order, a unit created in one row renamed in the next; a
   * table with a wrong row is refused by row and column, and none of its rows is recorded.
   */
  @Test
  void aTableOfChangesIsRecordedInOrderOrNotAtAll() {
    create("EV_CSV_A", "Phòng A (thử)");
    create("EV_CSV_B", "Phòng B (thử)");
    String header =
        "kind,from_codes,to_codes,effective_from,names,legal_number,legal_date,legal_issuer\n";
    String wrong =
        header
            + "MERGE,EV_CSV_A;EV_CSV_B,EV_CSV_C,01/03/2025,EV_CSV_C=Phòng C (thử),12/QĐ-UBND,20/02/2025,UBND tỉnh\n"
            + "RENAME,EV_CSV_C,EV_CSV_C,31/02/2025,EV_CSV_C=Phòng C mới,13/QĐ-UBND,20/02/2025,UBND tỉnh\n"
            + "DISSOLVE,EV_CSV_KHONG,,01/05/2025,,14/QĐ-UBND,20/02/2025,UBND tỉnh\n";
    HttpResponse<byte[]> refused = postCsv(wrong);
    assertEquals(422, refused.statusCode(), new String(refused.body(), StandardCharsets.UTF_8));
    String problems = new String(refused.body(), StandardCharsets.UTF_8);
    assertTrue(problems.contains("\"row\":3") && problems.contains("31/02/2025"), problems);
    HttpResponse<byte[]> unknown =
        postCsv(
            header
                + "MERGE,EV_CSV_A;EV_CSV_B,EV_CSV_C,01/03/2025,EV_CSV_C=Phòng C (thử),12/QĐ-UBND,20/02/2025,UBND tỉnh\n"
                + "DISSOLVE,EV_CSV_KHONG,,01/05/2025,,14/QĐ-UBND,20/02/2025,UBND tỉnh\n");
    String second = new String(unknown.body(), StandardCharsets.UTF_8);
    assertEquals(422, unknown.statusCode(), second);
    assertTrue(second.contains("\"row\":3") && second.contains("from_codes"), second);
    assertTrue(history("EV_CSV_A").getBoolean("active"), "the first row is not kept either");

    HttpResponse<byte[]> recorded =
        postCsv(
            header
                + "MERGE,EV_CSV_A;EV_CSV_B,EV_CSV_C,01/03/2025,EV_CSV_C=Phòng C (thử),12/QĐ-UBND,20/02/2025,UBND tỉnh\n"
                + "RENAME,EV_CSV_C,EV_CSV_C,2025-04-01,EV_CSV_C=Phòng C mới (thử),13/QĐ-UBND,2025-03-20,UBND tỉnh\n");
    assertEquals(201, recorded.statusCode(), new String(recorded.body(), StandardCharsets.UTF_8));
    JsonObject created = history("EV_CSV_C");
    assertEquals(List.of("EV_CSV_A", "EV_CSV_B"), strings(created, "predecessors"));
    assertEquals(
        "Phòng C (thử)", created.getJsonArray("names").getJsonObject(0).getString("nameVi"));
    assertEquals("2025-03-01", created.getJsonArray("names").getJsonObject(0).getString("from"));
    assertEquals(
        "Phòng C mới (thử)", created.getJsonArray("names").getJsonObject(1).getString("nameVi"));
  }

  private static HttpResponse<byte[]> postCsv(String csv) {
    return app.sendBytes(
        "POST",
        "/api/units/events",
        "text/csv",
        csv.getBytes(StandardCharsets.UTF_8),
        RunningApp.HELPER_ADMIN,
        RunningApp.HELPER_PASSWORD);
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
