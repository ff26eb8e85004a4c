package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * The self-assessment of the 2022 dispatch over HTTP, on the sample framework: Văn phòng UBND tỉnh
 * scores what it leads (field 3, 1.6, 1.7, 7.3.3–7.3.7, 8.1), submits; its leader approves; the
 * coordinator returns a leaf; foreign units, stale versions and late edits are refused with nothing
 * changed.
 */
class SelfAssessmentApiIT extends SelfAssessmentApiTest {
  private static long campaign;
  private static HttpResponse<String> approved;

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

    // A NUL cannot be stored by PostgreSQL: refused at its field, not failed at the database.
    HttpResponse<String> nul =
        score(campaign, "3.1", "{\"selfScore\":1,\"explanation\":\"a\\u0000b\"}", OFFICER);
    assertEquals(422, nul.statusCode(), nul.body());
    assertEquals(List.of("explanation"), errorFields(nul));

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
  void theOfficerSubmitsTheLeaderApprovesTheCoordinatorReturnsALeaf() throws IOException {
    theOfficerScoresEverythingAndSubmits();
    theLeaderApprovesAndTheCoordinatorReturnsALeaf();
  }

  private static void theOfficerScoresEverythingAndSubmits() throws IOException {
    campaign = openCampaign("2099-12-31");
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

    long read = leaf(workspace(campaign, OFFICER), "8.1").getJsonNumber("version").longValue();
    HttpResponse<String> explained =
        score(
            campaign,
            "8.1",
            "{\"value\":91.17,\"explanation\":\"Số liệu do Bộ Nội vụ công bố, chưa có văn bản\","
                + "\"version\":"
                + read
                + "}",
            OFFICER);
    assertEquals(200, explained.statusCode(), explained.body());
    HttpResponse<String> submitted =
        step(campaign, "submit", OFFICER, "{\"comment\":\"Đã hoàn thành tự chấm\"}");
    assertEquals(200, submitted.statusCode(), submitted.body());
    assertEquals("SUBMITTED", object(submitted).getString("status"));
    assertEquals(409, score(campaign, "8.1", "{\"selfScore\":4}", OFFICER).statusCode());
    assertEquals(409, step(campaign, "submit", OFFICER, "{}").statusCode());
    assertEquals(403, step(campaign, "approve", OFFICER, "{}").statusCode());

    approved = step(campaign, "approve", LEADER, "{}");
  }

  private static void theLeaderApprovesAndTheCoordinatorReturnsALeaf() throws IOException {
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
    long read = leaf(after, "8.1").getJsonNumber("version").longValue();
    HttpResponse<String> corrected =
        score(
            campaign,
            "8.1",
            "{\"value\":92,\"explanation\":\"Đã bổ sung\",\"version\":" + read + "}",
            OFFICER);
    assertEquals(200, corrected.statusCode(), corrected.body());
    assertEquals("SCORED", object(corrected).getString("status"));
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
}
