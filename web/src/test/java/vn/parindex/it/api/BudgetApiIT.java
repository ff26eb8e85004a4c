package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * The budget estimate over HTTP: Sở Nội vụ creates one, saves its lines (amounts worked out, not
 * taken), records the approval and spending, and downloads the document with the right total; a
 * stale save, a wrong line and a unit's officer are refused and change nothing.
 */
class BudgetApiIT extends ApiTest {
  private static final String PASSWORD = "DuToan2026!";

  @BeforeAll
  static void accounts() {
    app.createApiAccount("dt.snv", "Hà Thị Dự Toán", "SNV", "UNIT_OFFICER", PASSWORD);
  }

  private static String lines(long version, String approved) {
    return "{\"version\":"
        + version
        + ",\"title\":\"Dự toán kinh phí năm 2026\",\"approvedAmount\":"
        + approved
        + ",\"approvalRef\":\"Quyết định số 12/QĐ-UBND ngày 05/01/2026\",\"lines\":["
        + "{\"group\":\"SURVEY\",\"content\":\"Phát, thu phiếu khảo sát\",\"measure\":\"phiếu\","
        + "\"quantity\":120,\"unitCost\":50000,\"amount\":1,\"spent\":6000000},"
        + "{\"group\":\"MEETINGS\",\"content\":\"Hội nghị triển khai\",\"measure\":\"cuộc\","
        + "\"quantity\":1.5,\"unitCost\":4333333,\"legalBasis\":\"Thông tư 40/2017/TT-BTC\"}]}";
  }

  @Test
  void theCoordinatorEstimatesRecordsTheApprovalAndDownloadsTheDocument() throws IOException {
    HttpResponse<String> created =
        app.asAdmin("POST", "/api/budgets", "{\"year\":2026,\"title\":\"Dự toán năm 2026\"}");
    assertEquals(201, created.statusCode(), created.body());
    long id = object(created).getJsonNumber("id").longValue();
    long version = object(created).getJsonNumber("version").longValue();
    String path = "/api/budgets/" + id;

    HttpResponse<String> saved = app.asAdmin("PUT", path, lines(version, "12000000"));
    assertEquals(200, saved.statusCode(), saved.body());
    JsonObject estimate = object(saved);
    List<JsonObject> kept = estimate.getJsonArray("lines").getValuesAs(JsonObject.class);
    assertEquals(6_000_000L, kept.get(0).getJsonNumber("amount").longValue(), "not the 1 sent");
    assertEquals(6_500_000L, kept.get(1).getJsonNumber("amount").longValue(), "1,5 × 4.333.333");
    JsonObject totals = estimate.getJsonObject("totals");
    assertEquals(12_500_000L, totals.getJsonNumber("total").longValue());
    assertEquals(6_000_000L, totals.getJsonNumber("spent").longValue());
    assertEquals(6_000_000L, totals.getJsonNumber("remaining").longValue(), "of the 12.000.000");

    assertEquals(409, app.asAdmin("PUT", path, lines(version, "1")).statusCode(), "stale");
    long now = estimate.getJsonNumber("version").longValue();
    HttpResponse<String> wrong =
        app.asAdmin(
            "PUT",
            path,
            "{\"version\":"
                + now
                + ",\"title\":\"\",\"lines\":[{\"group\":\"SURVEY\",\"content\":\"\","
                + "\"quantity\":0,\"unitCost\":-5}, {\"content\":\"Không nhóm\"}]}");
    assertEquals(422, wrong.statusCode(), wrong.body());
    for (String field :
        List.of(
            "title",
            "lines[0].content",
            "lines[0].quantity",
            "lines[0].unitCost",
            "lines[1].group")) {
      assertTrue(wrong.body().contains("\"field\":\"" + field + "\""), field + ": " + wrong.body());
    }
    HttpResponse<String> nul =
        app.asAdmin(
            "PUT",
            path,
            "{\"version\":"
                + now
                + ",\"title\":\"Dự toán\",\"lines\":[{\"group\":\"SURVEY\",\"content\":\"x\\u0000\","
                + "\"quantity\":1,\"unitCost\":5}]}");
    assertEquals(422, nul.statusCode(), nul.body());
    assertTrue(nul.body().contains("lines[0].content"), nul.body());
    assertEquals(
        12_500_000L,
        object(app.asAdmin("GET", path, null))
            .getJsonObject("totals")
            .getJsonNumber("total")
            .longValue(),
        "nothing changed");

    HttpResponse<byte[]> pdf =
        app.sendBytes(
            "GET",
            path + "/document?format=pdf",
            null,
            null,
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    assertEquals(200, pdf.statusCode());
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(text.contains("Tổng dự toán: 12.500.000 đồng"), text);
      assertTrue(text.contains("Mười hai triệu năm trăm nghìn đồng"), text);
    }
    assertEquals(
        422,
        app.sendBytes(
                "GET",
                path + "/document?format=odt",
                null,
                null,
                RunningApp.HELPER_ADMIN,
                RunningApp.HELPER_PASSWORD)
            .statusCode());

    assertEquals(403, app.send("GET", path, null, "dt.snv", PASSWORD).statusCode());
    assertEquals(
        403,
        app.sendBytes("GET", path + "/document?format=pdf", null, null, "dt.snv", PASSWORD)
            .statusCode());
    assertEquals(403, app.send("PUT", path, lines(now, "1"), "dt.snv", PASSWORD).statusCode());
    assertEquals(404, app.asAdmin("GET", "/api/budgets/987654321", null).statusCode());
    assertEquals(409, app.asAdmin("DELETE", path + "?version=" + (now + 5), null).statusCode());
    assertEquals(422, app.asAdmin("DELETE", path + "?version=abc", null).statusCode());
    assertEquals(204, app.asAdmin("DELETE", path + "?version=" + now, null).statusCode());
    assertEquals(404, app.asAdmin("GET", path, null).statusCode());
  }
}
