package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The offline scoring sheet through the API: Văn phòng UBND tỉnh downloads its leaves, fills ten in
 * the workbook (with POI, as Excel would), sees the ten changes before anything is saved, confirms,
 * and finds the scores and their trail; a workbook with a score out of range, a changed heading and
 * a leaf saved on the site since is refused with those errors and saves nothing.
 */
class OfflineSheetApiIT extends SelfAssessmentApiTest {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Test
  void tenLeavesFilledInTheWorkbookAreComparedThenSaved() throws IOException {
    long campaign = openCampaign("2099-12-31");
    byte[] sheet = download(campaign, OFFICER);
    List<String> filled = new ArrayList<>();
    byte[] edited =
        edit(
            sheet,
            data -> {
              for (int r = 2; r <= data.getLastRowNum() && filled.size() < 10; r++) {
                Row row = data.getRow(r);
                // The input of a rule-scored leaf or the points of one typed directly: whichever
                // the sheet leaves open. 1 is an input every rule takes; 0 points, every max.
                if (!row.getCell(4).getCellStyle().getLocked()) {
                  row.getCell(4).setCellValue(1);
                } else {
                  row.getCell(5).setCellValue(0);
                }
                row.getCell(6).setCellValue("Điền ngoại tuyến " + r);
                filled.add(row.getCell(0).getStringCellValue());
              }
            });
    assertEquals(10, filled.size(), "the office leads at least ten self-scored leaves");

    JsonObject preview = json(post(campaign, "preview", edited, OFFICER), 200);
    assertEquals(10, preview.getInt("leaves"), preview.toString());
    assertEquals(0, preview.getJsonArray("errors").size(), preview.toString());
    assertTrue(preview.getJsonArray("changes").size() >= 20, "a score and a text per leaf");
    assertTrue(
        unscored(leaf(workspace(campaign, OFFICER), filled.get(0))), "preview saves nothing");
    JsonObject saved = json(post(campaign, "", edited, OFFICER), 200);
    assertEquals(10, saved.getInt("leaves"));
    assertTrue(saved.getBoolean("saved"));

    JsonObject workspace = workspace(campaign, OFFICER);
    for (String code : filled) {
      assertTrue(
          leaf(workspace, code).getString("status").equals("SCORED"),
          code + " is scored: " + leaf(workspace, code));
    }
    HttpResponse<String> trail =
        app.send(
            "GET",
            "/api/campaigns/" + campaign + "/subjects/UBND/scores/" + filled.get(0) + "/history",
            null,
            OFFICER,
            PASSWORD);
    assertTrue(trail.body().contains("Điền ngoại tuyến 2"), trail.body());
    assertTrue(trail.body().contains("Bảng tính tháng 12"), "the reason is kept: " + trail.body());

    JsonObject again = json(post(campaign, "preview", edited, OFFICER), 200);
    assertEquals(0, again.getInt("leaves"), "the same sheet again changes nothing: " + again);
    assertEquals(0, again.getJsonArray("conflicts").size(), again.toString());
  }

  @Test
  void aScoreOutOfRangeAChangedHeadingAndAStaleLeafSaveNothing() throws IOException {
    long campaign = openCampaign("2099-12-31");
    byte[] sheet = download(campaign, OFFICER);
    String[] codes = new String[3];
    byte[] edited =
        edit(
            sheet,
            data -> {
              data.getRow(1).getCell(6).setCellValue("Ghi chú");
              for (int r = 2; r <= data.getLastRowNum(); r++) {
                Row row = data.getRow(r);
                String code = row.getCell(0).getStringCellValue();
                if (!row.getCell(5).getCellStyle().getLocked() && codes[0] == null) {
                  codes[0] = code;
                  row.getCell(5).setCellValue(99);
                } else if (!row.getCell(4).getCellStyle().getLocked() && codes[1] == null) {
                  codes[1] = code;
                  row.getCell(4).setCellValue(1);
                } else if (!row.getCell(4).getCellStyle().getLocked() && codes[2] == null) {
                  codes[2] = code;
                  row.getCell(4).setCellValue(1);
                }
              }
            });
    HttpResponse<String> first =
        score(campaign, codes[1], "{\"value\":95,\"explanation\":\"Trên trang\"}", OFFICER);
    assertEquals(200, first.statusCode(), first.body());
    double onTheSite =
        leaf(workspace(campaign, OFFICER), codes[1]).getJsonNumber("selfScore").doubleValue();

    JsonObject preview = json(post(campaign, "preview", edited, OFFICER), 200);
    List<String> errors =
        preview.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getInt("row") + e.getString("column") + " " + e.getString("message"))
            .toList();
    assertEquals(2, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("2G Tiêu đề cột đã bị sửa"), errors.toString());
    assertTrue(errors.get(1).matches("\\d+F Điểm tự chấm phải từ 0 đến .*"), errors.toString());
    assertEquals(codes[1], preview.getJsonArray("conflicts").getJsonObject(0).getString("code"));

    Reply refused = post(campaign, "", edited, OFFICER);
    assertEquals(422, refused.statusCode(), refused.body());
    JsonObject workspace = workspace(campaign, OFFICER);
    assertTrue(unscored(leaf(workspace, codes[2])), "nothing saved: " + leaf(workspace, codes[2]));
    assertEquals(onTheSite, leaf(workspace, codes[1]).getJsonNumber("selfScore").doubleValue());
  }

  @Test
  void anotherUnitsSheetAndWhatIsNoSheetAreRefused() throws IOException {
    long campaign = openCampaign("2099-12-31");
    HttpResponse<byte[]> foreign =
        app.sendBytes("GET", sheetPath(campaign, ""), null, null, FOREIGN, PASSWORD);
    assertEquals(403, foreign.statusCode());
    assertEquals(403, post(campaign, "preview", download(campaign, OFFICER), FOREIGN).statusCode());
    Reply pdf = post(campaign, "preview", PDF, OFFICER);
    assertEquals(422, pdf.statusCode(), pdf.body());
    assertTrue(pdf.body().contains("không đọc được như một bảng tính"), pdf.body());
    long other = openCampaign("2099-12-30");
    Reply wrong = post(other, "preview", download(campaign, OFFICER), OFFICER);
    assertEquals(422, wrong.statusCode(), wrong.body());
    assertTrue(wrong.body().contains("không phải của trang đang mở"), wrong.body());
  }

  @Test
  void aBadReasonAndAnEmptyBodyAreRefused() throws IOException {
    long campaign = openCampaign("2099-12-31");
    byte[] sheet = download(campaign, OFFICER);
    for (String reason : List.of("x\u0000y", "x".repeat(2001))) {
      HttpResponse<byte[]> refused =
          app.sendBytes(
              "POST",
              "/api/campaigns/"
                  + campaign
                  + "/units/VPUBND/sheet/preview?reason="
                  + URLEncoder.encode(reason, StandardCharsets.UTF_8),
              XLSX,
              sheet,
              OFFICER,
              PASSWORD);
      String body = new String(refused.body(), StandardCharsets.UTF_8);
      assertEquals(422, refused.statusCode(), body);
      assertTrue(body.contains("\"field\":\"reason\""), body);
    }
    Reply empty = post(campaign, "", new byte[0], OFFICER);
    assertEquals(422, empty.statusCode(), empty.body());
    Reply leader = post(campaign, "", sheet, LEADER);
    assertEquals(200, leader.statusCode(), "the leader may score too: " + leader.body());
    assertEquals(0, object(leader).getInt("leaves"), "an unchanged sheet saves nothing");
  }

  private static String sheetPath(long campaign, String step) {
    return "/api/campaigns/"
        + campaign
        + "/units/VPUBND/sheet"
        + (step.isEmpty() ? "" : "/" + step)
        + "?reason="
        + URLEncoder.encode("Bảng tính tháng 12", StandardCharsets.UTF_8);
  }

  private static byte[] download(long campaign, String user) {
    HttpResponse<byte[]> response =
        app.sendBytes("GET", sheetPath(campaign, ""), null, null, user, PASSWORD);
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith(XLSX),
        response.headers().toString());
    return response.body();
  }

  private static Reply post(long campaign, String step, byte[] body, String user) {
    HttpResponse<byte[]> response =
        app.sendBytes("POST", sheetPath(campaign, step), XLSX, body, user, PASSWORD);
    return new Reply(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
  }

  private static JsonObject json(Reply response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    return object(response);
  }

  private static boolean unscored(JsonObject leaf) {
    return !leaf.containsKey("selfScore") || leaf.isNull("selfScore");
  }

  interface SheetEdit {
    void apply(Sheet data);
  }

  private static byte[] edit(byte[] workbook, SheetEdit change) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      change.apply(book.getSheetAt(0));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }
}
