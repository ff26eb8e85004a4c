package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * The progress report Sở Nội vụ keeps on the lead units, as PDF, DOCX and XLSX, with each unit's
 * leaders' answers to the survey against its quota.
 */
class ProgressReportApiIT extends ApiTest {
  private static HttpResponse<byte[]> get(String path, String user, String password) {
    return app.sendBytes("GET", path, null, null, user, password);
  }

  @Test
  void theProgressReportListsEveryLeadUnitInEachFormat() throws IOException {
    long campaign = app.openSampleCampaign("Tự đánh giá 2023 (báo cáo tiến độ)", "2099-12-31");
    app.createApiAccount("bc.vp", "Lương Văn Báo Cáo", "VPUBND", "UNIT_OFFICER", "BaoCao2023!");
    app.send(
        "PUT",
        "/api/campaigns/" + campaign + "/subjects/UBND/scores/8.1",
        "{\"value\":91.17}",
        "bc.vp",
        "BaoCao2023!");
    assertEquals(
        201,
        app.sendBytes(
                "POST",
                "/api/campaigns/" + campaign + "/survey-participation",
                "text/csv",
                ("unit_code,full_name,position,code,status,answered_on\n"
                        + "VPUBND,Lê Văn Một,,,Đã trả lời,01/12/2023\nVPUBND,Lê Văn Hai\n")
                    .getBytes(StandardCharsets.UTF_8),
                RunningApp.HELPER_ADMIN,
                RunningApp.HELPER_PASSWORD)
            .statusCode());
    String path = "/api/campaigns/" + campaign + "/reports/progress?format=";

    HttpResponse<byte[]> pdf =
        get(path + "pdf", RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(
        pdf.headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20ti%E1%BA%BFn%20%C4%91%E1%BB%99"));
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      // Long cells wrap inside the table, so lines are joined before looking.
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(text.contains("BÁO CÁO TIẾN ĐỘ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM"), text);
      assertTrue(text.contains("VPUBND — Văn phòng Ủy ban nhân dân tỉnh"), text);
      assertTrue(text.contains("8,33"), "1 of the 12 leaves of the Văn phòng scored: " + text);
      assertTrue(text.contains("Chưa gửi"), text);
      assertTrue(text.contains("STTTT"), text);
    }
    HttpResponse<byte[]> word =
        get(path + "docx", RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(word.body()))) {
      String text = new XWPFWordExtractor(docx).getText();
      assertTrue(text.contains("VPUBND — Văn phòng Ủy ban nhân dân tỉnh"), text);
      assertTrue(docx.getTables().get(0).getRow(0).isRepeatHeader(), "a Word table");
      List<String> office =
          docx.getTables().get(0).getRows().stream()
              .filter(r -> r.getCell(1).getText().startsWith("VPUBND"))
              .findFirst()
              .orElseThrow()
              .getTableCells()
              .stream()
              .map(c -> c.getText())
              .toList();
      assertEquals("1/2", office.get(office.size() - 1), "its leaders' answers of its quota");
    }
    for (String format : new String[] {"pdf", "docx", "xlsx"}) {
      HttpResponse<byte[]> file =
          get(path + format, RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
      assertEquals(200, file.statusCode(), format);
      // Kept for a person to look at, as the report tests keep theirs.
      Files.write(
          Files.createDirectories(Path.of("target", "reports")).resolve("tien-do." + format),
          file.body());
      if (format.equals("pdf")) {
        continue;
      }
      assertEquals('P', file.body()[0]);
      assertEquals('K', file.body()[1]);
    }
    assertEquals(
        422, get(path + "odt", RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD).statusCode());
    assertEquals(403, get(path + "pdf", "bc.vp", "BaoCao2023!").statusCode());
  }
}
