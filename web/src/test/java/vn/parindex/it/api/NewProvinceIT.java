package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.AppProcess;
import vn.parindex.it.support.FreshDatabase;
import vn.parindex.it.support.RunningApp;
import vn.parindex.it.support.SmtpSink;

/**
 * A second province from its first day: the application started on an empty database with {@code
 * PARINDEX_SEED_UNITS=none} holds no unit; Quảng Trị loads its own list, scores itself for the
 * Ministry and prints its report, whose header, date line and author are Quảng Trị's and nowhere Hà
 * Tĩnh's. Its own application, not the one the other tests share (which starts with Hà Tĩnh's
 * units).
 */
class NewProvinceIT {
  private static final String UNITS =
      "code,name_vi,name_en,kind\n"
          + "UBNDQT,Ủy ban nhân dân tỉnh Quảng Trị,Quang Tri Provincial People's Committee,PROVINCE\n"
          + "VPQT,Văn phòng Ủy ban nhân dân tỉnh Quảng Trị,,DEPARTMENT\n"
          + "SNVQT,Sở Nội vụ tỉnh Quảng Trị,Quang Tri Department of Home Affairs,DEPARTMENT\n"
          + "STPQT,Sở Tư pháp tỉnh Quảng Trị,,DEPARTMENT\n"
          + "DHQT,Thành phố Đông Hà,Dong Ha City,DISTRICT\n";
  private static final String ASSIGNMENT =
      "scope_code,scope_kind,lead_unit_code,except_codes,source\n"
          + "1,FIELD,SNVQT,,\n2,FIELD,STPQT,,\n3,FIELD,SNVQT,,\n4,FIELD,SNVQT,,\n"
          + "5,FIELD,SNVQT,,\n6,FIELD,VPQT,,\n7,FIELD,VPQT,,\n8,FIELD,VPQT,,\n";

  @Test
  void aProvinceSetUpFromScratchIssuesItsOwnReport() throws Exception {
    assumeFalse(
        FreshDatabase.onPostgresql(),
        "runs once, in the first execution: it starts its own application on the embedded default");
    Path dir = Path.of(System.getProperty("parindex.it.dataDir"), "new-province");
    SmtpSink mail = SmtpSink.start();
    AppProcess process = AppProcess.launch(dir, mail, Map.of("PARINDEX_SEED_UNITS", "none"));
    try {
      RunningApp app = RunningApp.of(process, mail);
      assertEquals(List.of(), unitCodes(app), "no unit of another province");
      HttpResponse<byte[]> loaded = csv(app, "/api/units", UNITS);
      assertTrue(loaded.statusCode() < 300, new String(loaded.body(), StandardCharsets.UTF_8));
      assertEquals(List.of("DHQT", "SNVQT", "STPQT", "UBNDQT", "VPQT"), unitCodes(app));

      String report = scoredCampaign(app) + "/reports/self-assessment?format=";
      theHeaderIsQuangTris(pdfText(app, report + "pdf"));
      try (XWPFDocument word =
          new XWPFDocument(new ByteArrayInputStream(bytes(app, report + "docx")))) {
        theHeaderIsQuangTris(new XWPFWordExtractor(word).getText().replaceAll("\\s+", " "));
        assertEquals(
            "Ủy ban nhân dân tỉnh Quảng Trị",
            word.getProperties().getCoreProperties().getCreator(),
            "the Word document's author");
      }
    } finally {
      process.stop();
    }
  }

  /** The sample framework's PROVINCIAL campaign for 2023, opened, 8.1 scored, the draft kept. */
  private static String scoredCampaign(RunningApp app) {
    String campaign =
        "/api/campaigns/"
            + app.openSampleCampaign(
                "Tự đánh giá Chỉ số CCHC năm 2023 của tỉnh Quảng Trị",
                "2099-12-31",
                2023,
                ASSIGNMENT.getBytes(StandardCharsets.UTF_8));
    ok(
        app.asAdmin(
            "PUT",
            campaign + "/subjects/UBNDQT/scores/8.1",
            "{\"value\":88.5,\"explanation\":\"Số liệu Bộ Nội vụ công bố cho Quảng Trị\"}"));
    ok(
        app.asAdmin(
            "PUT",
            campaign + "/reports/draft",
            "{\"number\":\"45\",\"issuedOn\":\"2023-12-04\",\"signerName\":\"Trần Văn Ký\"}"));
    return campaign;
  }

  private static void theHeaderIsQuangTris(String text) {
    for (String expected :
        List.of(
            "ỦY BAN NHÂN DÂN",
            "TỈNH QUẢNG TRỊ",
            "Số: 45/BC-UBND",
            "Quảng Trị, ngày 04 tháng 12 năm 2023",
            "Số liệu Bộ Nội vụ công bố cho Quảng Trị",
            "Trần Văn Ký")) {
      assertTrue(text.contains(expected), expected + " in " + text);
    }
    assertFalse(text.contains("HÀ TĨNH") || text.contains("Hà Tĩnh"), text);
  }

  private static String pdfText(RunningApp app, String path) throws Exception {
    byte[] pdf = bytes(app, path);
    // Kept for a person to look at, as the other reports' are.
    Files.write(
        Files.createDirectories(Path.of("target", "screenshots")).resolve("quang-tri-report.pdf"),
        pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals(
          "Ủy ban nhân dân tỉnh Quảng Trị",
          document.getDocumentInformation().getAuthor(),
          "the archive's author is the issuing body");
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static List<String> unitCodes(RunningApp app) {
    JsonArray units =
        Json.createReader(new StringReader(ok(app.asAdmin("GET", "/api/units", null)).body()))
            .readArray();
    return units.getValuesAs(JsonObject.class).stream()
        .map(u -> u.getString("code"))
        .sorted()
        .toList();
  }

  private static byte[] bytes(RunningApp app, String path) {
    HttpResponse<byte[]> response =
        app.sendBytes("GET", path, null, null, RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
    assertEquals(200, response.statusCode(), path);
    return response.body();
  }

  private static HttpResponse<byte[]> csv(RunningApp app, String path, String body) {
    return app.sendBytes(
        "POST",
        path,
        "text/csv",
        body.getBytes(StandardCharsets.UTF_8),
        RunningApp.HELPER_ADMIN,
        RunningApp.HELPER_PASSWORD);
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.request().uri() + ": " + response.body());
    return response;
  }
}
