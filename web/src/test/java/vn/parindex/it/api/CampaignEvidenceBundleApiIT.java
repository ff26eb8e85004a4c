package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * Sở Nội vụ's bundle of a whole campaign for the Ministry: Văn phòng UBND tỉnh's plan backs 7.3.3
 * and 1.6, a report backs 3.2.1; the ZIP has them in 7/7.3/7.3.3/, 1/1.6/ and 3/3.2/3.2.1/, named
 * by number and date, and an index workbook whose every row names a file of the ZIP with its
 * SHA-256. Only Sở Nội vụ and the administrator may take it.
 */
class CampaignEvidenceBundleApiIT extends SelfAssessmentApiTest {
  private static final String COORDINATOR = "api.snv.boho";

  @BeforeAll
  static void coordinator() {
    app.createApiAccount(COORDINATOR, "Đỗ Thị Bộ Hồ Sơ", "SNV", "COORDINATOR", PASSWORD);
  }

  @Test
  void theWholeCampaignsEvidenceIsFiledByFieldAndCriterionWithItsIndex()
      throws IOException, NoSuchAlgorithmException {
    long campaign = openCampaign("2099-12-31");
    String scores = "/api/campaigns/" + campaign + "/subjects/UBND/scores/";
    Map<String, String> plan = new LinkedHashMap<>();
    plan.put("number", "520/KH-UBND");
    plan.put("date", "2021-12-24");
    plan.put("issuer", "UBND tỉnh");
    plan.put("citation", "Mục II");
    Reply first = upload(scores + "7.3.3/evidence", "Kế hoạch CCHC.pdf", PDF, plan, OFFICER);
    assertEquals(201, first.statusCode(), first.body());
    long planId = object(first).getJsonNumber("id").longValue();
    assertEquals(
        201,
        app.send("POST", scores + "1.6/evidence/" + planId, null, OFFICER, PASSWORD).statusCode());
    byte[] report = (new String(PDF, StandardCharsets.UTF_8) + "% báo cáo\n").getBytes();
    Reply second =
        upload(scores + "3.2.1/evidence", "Báo cáo: quý 4.pdf", report, Map.of(), OFFICER);
    assertEquals(201, second.statusCode(), second.body());

    String bundle = "/api/campaigns/" + campaign + "/evidence-bundle";
    HttpResponse<byte[]> zip = app.sendBytes("GET", bundle, null, null, COORDINATOR, PASSWORD);
    assertEquals(200, zip.statusCode());
    Map<String, byte[]> entries = unzipped(zip.body());
    assertEquals(
        List.of(
            "1/1.6/520-KH-UBND_2021-12-24.pdf",
            "3/3.2/3.2.1/Báo cáo- quý 4.pdf",
            "7/7.3/7.3.3/520-KH-UBND_2021-12-24.pdf",
            "muc-luc.xlsx"),
        List.copyOf(entries.keySet()));
    assertArrayEquals(report, entries.get("3/3.2/3.2.1/Báo cáo- quý 4.pdf"));

    List<List<String>> index = rows(entries.get("muc-luc.xlsx"));
    assertEquals(
        List.of(
            "Tiêu chí",
            "Số, ký hiệu",
            "Ngày ban hành",
            "Cơ quan ban hành",
            "Mục, trang trích dẫn",
            "Tệp trong bộ hồ sơ",
            "Dung lượng (byte)",
            "Mã kiểm tra SHA-256"),
        index.get(0));
    assertEquals(
        List.of(
            "1.6",
            "520/KH-UBND",
            "24/12/2021",
            "UBND tỉnh",
            "Mục II",
            "1/1.6/520-KH-UBND_2021-12-24.pdf",
            String.valueOf(PDF.length),
            sha256(PDF)),
        index.get(1));
    assertEquals(4, index.size(), "a row per file: " + index);
    for (List<String> row : index.subList(1, index.size())) {
      assertEquals(sha256(entries.get(row.get(5))), row.get(7), "the hash of " + row.get(5));
    }

    for (String other : List.of(OFFICER, LEADER, FOREIGN)) {
      assertEquals(
          403, app.sendBytes("GET", bundle, null, null, other, PASSWORD).statusCode(), other);
    }
    assertEquals(
        200,
        app.sendBytes(
                "GET", bundle, null, null, RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD)
            .statusCode());
    assertEquals(
        404,
        app.sendBytes(
                "GET", "/api/campaigns/987654/evidence-bundle", null, null, COORDINATOR, PASSWORD)
            .statusCode());
  }

  private static List<List<String>> rows(byte[] workbook) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet sheet = book.getSheetAt(0);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
          cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
        }
        rows.add(cells);
      }
    }
    return rows;
  }
}
