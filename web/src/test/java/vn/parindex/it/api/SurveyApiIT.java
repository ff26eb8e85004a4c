package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * Survey points of the sample framework's SURVEY leaf 5.3 (max 4) for the province: a table with
 * wrong rows is refused whole, a CSV by percent and an XLSX by points are loaded and replace each
 * other, and only Sở Nội vụ may load them.
 */
class SurveyApiIT extends ApiTest {

  private static HttpResponse<byte[]> post(
      long campaign, String type, byte[] body, String user, String password) {
    return app.sendBytes(
        "POST", "/api/campaigns/" + campaign + "/survey-scores", type, body, user, password);
  }

  private static JsonArray stored(long campaign) {
    return Json.createReader(
            new StringReader(
                app.asAdmin("GET", "/api/campaigns/" + campaign + "/survey-scores", null).body()))
        .readArray();
  }

  @Test
  void surveyPointsAreLoadedByPercentOrPointsAndAWrongTableChangesNothing() throws IOException {
    long campaign = app.openSampleCampaign("Điều tra xã hội học 2023", "2099-12-31");
    HttpResponse<byte[]> wrong =
        post(
            campaign,
            "text/csv",
            "unit_code,node_code,percent\nUBND,5.3,91.17\nSTP,5.3,80\nUBND,5.2,50\n"
                .getBytes(StandardCharsets.UTF_8),
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    assertEquals(422, wrong.statusCode());
    JsonObject problem = Json.createReader(new ByteArrayInputStream(wrong.body())).readObject();
    List<Integer> rows =
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getInt("row"))
            .toList();
    assertEquals(List.of(3, 4), rows);
    assertEquals(0, stored(campaign).size(), "nothing saved from a wrong table");

    HttpResponse<byte[]> byPercent =
        post(
            campaign,
            "text/csv",
            "unit_code,node_code,percent\nUBND,5.3,91.17\n".getBytes(StandardCharsets.UTF_8),
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    assertEquals(201, byPercent.statusCode(), new String(byPercent.body(), StandardCharsets.UTF_8));
    JsonObject first = stored(campaign).getJsonObject(0);
    assertEquals(new BigDecimal("3.65"), first.getJsonNumber("points").bigDecimalValue());
    assertEquals(new BigDecimal("91.17"), first.getJsonNumber("percent").bigDecimalValue());

    HttpResponse<byte[]> byPoints =
        post(
            campaign,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            workbook("points", 3.8),
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    assertEquals(201, byPoints.statusCode());
    JsonObject counts = Json.createReader(new ByteArrayInputStream(byPoints.body())).readObject();
    assertEquals(0, counts.getInt("added"));
    assertEquals(1, counts.getInt("updated"));
    assertEquals(
        new BigDecimal("3.80"),
        stored(campaign).getJsonObject(0).getJsonNumber("points").bigDecimalValue());
    String trail =
        app.asAdmin("GET", "/api/campaigns/" + campaign + "/subjects/UBND/scores/5.3/history", null)
            .body();
    assertTrue(trail.contains("\"oldValue\":\"3.65\""), trail);

    app.createApiAccount(
        "survey.officer", "Lê Văn Khảo Sát", "SNV", "UNIT_OFFICER", "KhaoSat2023!");
    assertEquals(
        403,
        post(
                campaign,
                "text/csv",
                "unit_code,node_code,points\nUBND,5.3,4\n".getBytes(StandardCharsets.UTF_8),
                "survey.officer",
                "KhaoSat2023!")
            .statusCode());
  }

  private static byte[] workbook(String column, double value) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("Điều tra");
      sheet.createRow(0).createCell(0).setCellValue("unit_code");
      sheet.getRow(0).createCell(1).setCellValue("node_code");
      sheet.getRow(0).createCell(2).setCellValue(column);
      sheet.createRow(1).createCell(0).setCellValue("UBND");
      sheet.getRow(1).createCell(1).setCellValue("5.3");
      sheet.getRow(1).createCell(2).setCellValue(value);
      book.write(out);
      return out.toByteArray();
    }
  }
}
