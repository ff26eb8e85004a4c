package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;
import vn.parindex.it.support.SignedPdfs;

/**
 * The province's self-assessment report to the Ministry: its details kept, the decree's layout in
 * every format, its issuing body, the signed copy and the province's own Word template.
 */
class ReportsApiIT extends ApiTest {
  private static String path;

  private static HttpResponse<byte[]> get(String path, String user, String password) {
    return app.sendBytes("GET", path, null, null, user, password);
  }

  @Test
  void theSelfAssessmentReportFollowsTheDecreeAndKeepsWhatWasEntered() throws IOException {
    theReportsDetailsAreKept();
    theReportFollowsTheDecreeInEveryFormat();
    theIssuingBodyComesFromTheProvinceUnit();
    theSignedCopyIsKeptAsTheIssuedReport();
    theProvincesWordTemplateFillsTheDocx();
  }

  /**
   * Sở Nội vụ downloads the template, changes its wording in Word and uploads it: the report's DOCX
   * then has the new wording. A template that lost a placeholder is refused with its name and the
   * template in use stays. The standard one is uploaded back after, as other tests read it.
   */
  private static void theProvincesWordTemplateFillsTheDocx() throws IOException {
    String template = "/api/report-templates/self-assessment";
    assertTrue(app.asAdmin("GET", template, null).body().contains("\"standard\":true"));
    byte[] standard =
        get(template + "/content", RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD).body();
    byte[] lost = WordEdits.edited(standard, "{{difficulties}}", "Khó khăn: không có.");
    HttpResponse<byte[]> refused = putTemplate(template, lost);
    String problem = new String(refused.body(), StandardCharsets.UTF_8);
    assertEquals(422, refused.statusCode(), problem);
    assertTrue(problem.contains("difficulties"), problem);
    assertTrue(app.asAdmin("GET", template, null).body().contains("\"standard\":true"));

    byte[] reworded =
        WordEdits.edited(
            standard, "Kính gửi: Bộ Nội vụ", "Kính gửi: Bộ Nội vụ (Vụ Cải cách hành chính)");
    assertEquals(200, putTemplate(template, reworded).statusCode());
    try {
      HttpResponse<byte[]> docx =
          get(path + "docx", RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
      try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
        String all = new XWPFWordExtractor(word).getText();
        assertTrue(all.contains("Kính gửi: Bộ Nội vụ (Vụ Cải cách hành chính)"), all);
        assertTrue(all.contains("Số: 123/BC-UBND"), "still filled: " + all);
      }
    } finally {
      assertEquals(200, putTemplate(template, standard).statusCode());
    }
  }

  private static HttpResponse<byte[]> putTemplate(String template, byte[] docx) {
    return app.sendBytes(
        "PUT",
        template + "?name=mau-tinh.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        docx,
        RunningApp.HELPER_ADMIN,
        RunningApp.HELPER_PASSWORD);
  }

  /**
   * The PDF leaves a named empty field for the signature; the copy signed into it and uploaded back
   * is kept byte for byte under its hash and the campaign counts as issued. An unsigned file, a
   * file that is not a PDF, another document signed, and a signed copy changed after signing are
   * each refused with 422 and leave the campaign unissued.
   */
  private static void theSignedCopyIsKeptAsTheIssuedReport() throws IOException {
    String issued = path.replace("reports/self-assessment?format=", "issued-report");
    byte[] report = get(path + "pdf", RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD).body();
    try (PDDocument document = Loader.loadPDF(report)) {
      assertTrue(
          document.getDocumentCatalog().getAcroForm().getField("ChuKyNguoiKy")
              instanceof PDSignatureField,
          "the named field the signing tool signs into");
    }
    assertNotIssued(issued);
    byte[] signed = SignedPdfs.sign(report, "Nguyễn Văn Ký");
    byte[] otherDocument =
        SignedPdfs.sign(
            get(
                    path.replace("self-assessment", "progress") + "pdf",
                    RunningApp.HELPER_ADMIN,
                    RunningApp.HELPER_PASSWORD)
                .body(),
            "Nguyễn Văn Ký");
    byte[] changed =
        (new String(signed, StandardCharsets.ISO_8859_1) + "\n% thêm sau khi ký\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    String[][] refused = {
      {"unsigned", "chưa có chữ ký số"},
      {"notPdf", "không phải PDF"},
      {"otherDocument", "Số: 123/BC-UBND"},
      {"changed", "bị thay đổi sau khi ký"}
    };
    byte[][] files = {report, "Báo cáo".getBytes(StandardCharsets.UTF_8), otherDocument, changed};
    for (int i = 0; i < files.length; i++) {
      HttpResponse<byte[]> answer =
          upload(issued, files[i], RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
      String body = new String(answer.body(), StandardCharsets.UTF_8);
      assertEquals(422, answer.statusCode(), refused[i][0] + ": " + body);
      assertTrue(body.contains(refused[i][1]), refused[i][0] + ": " + body);
    }
    HttpResponse<byte[]> badName =
        app.sendBytes(
            "POST",
            issued + "?name=ky%00.pdf",
            "application/pdf",
            SignedPdfs.sign(report, "Nguyễn Văn Ký"),
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    assertEquals(422, badName.statusCode(), "a NUL in the file name");
    assertEquals(
        404,
        app.sendBytes(
                "POST",
                "/api/campaigns/999999/issued-report",
                "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII),
                RunningApp.HELPER_ADMIN,
                RunningApp.HELPER_PASSWORD)
            .statusCode(),
        "a campaign that does not exist");
    assertNotIssued(issued);
    assertEquals(404, get(issued + "/content", "bc.vp2", "BaoCao2023!").statusCode());
    // Refused before the body is read: a small one, which the client has sent whole by then.
    assertEquals(
        403,
        upload(issued, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "bc.vp2", "BaoCao2023!")
            .statusCode());

    HttpResponse<byte[]> kept =
        upload(issued, signed, RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
    assertEquals(201, kept.statusCode(), new String(kept.body(), StandardCharsets.UTF_8));
    JsonObject state =
        Json.createReader(new StringReader(app.asAdmin("GET", issued, null).body())).readObject();
    assertEquals("123/BC-UBND", state.getString("number"));
    assertEquals("2023-12-04", state.getString("issuedOn"));
    assertEquals(
        SignedPdfs.sha256Hex(signed), state.getString("sha256"), "the hash of the bytes uploaded");
    assertEquals("Nguyễn Văn Ký", state.getString("signers"));
    HttpResponse<byte[]> copy =
        get(issued + "/content", RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
    assertEquals(200, copy.statusCode());
    assertArrayEquals(signed, copy.body(), "kept byte for byte");
    assertEquals(
        200,
        get(issued + "/content", "bc.vp2", "BaoCao2023!").statusCode(),
        "an issued document, which everyone working on the campaign reads");
  }

  private static void assertNotIssued(String issued) {
    HttpResponse<String> state = app.asAdmin("GET", issued, null);
    assertEquals(200, state.statusCode());
    assertEquals("{\"issued\":false}", state.body().replaceAll("\\s", ""), "nothing else");
  }

  private static HttpResponse<byte[]> upload(
      String issued, byte[] pdf, String user, String password) {
    return app.sendBytes(
        "POST", issued + "?name=bao-cao-da-ky.pdf", "application/pdf", pdf, user, password);
  }

  /**
   * The header, the date line and the number's suffix are the PROVINCE unit's: renamed to another
   * province, the same campaign's report names it; a suffix that is not one is refused with 422 and
   * changes nothing. The unit is given back its name after, as other tests read it.
   */
  private static void theIssuingBodyComesFromTheProvinceUnit() throws IOException {
    String unit = "/api/units/UBND";
    JsonObject before =
        Json.createReader(new StringReader(app.asAdmin("GET", unit, null).body())).readObject();
    String renamed =
        "{\"nameVi\":\"Ủy ban nhân dân tỉnh Quảng Trị\",\"kind\":\"PROVINCE\","
            + "\"reportSuffix\":\"BC-UBNDQT\",\"version\":";
    HttpResponse<String> wrong =
        app.asAdmin(
            "PUT",
            unit,
            renamed.replace("BC-UBNDQT", "bc/ubnd") + before.getJsonNumber("version") + "}");
    assertEquals(422, wrong.statusCode(), wrong.body());
    assertTrue(wrong.body().contains("reportSuffix"), wrong.body());
    HttpResponse<String> edited =
        app.asAdmin("PUT", unit, renamed + before.getJsonNumber("version") + "}");
    assertEquals(200, edited.statusCode(), edited.body());
    try {
      HttpResponse<byte[]> pdf =
          get(path + "pdf", RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
      try (PDDocument document = Loader.loadPDF(pdf.body())) {
        String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        for (String expected :
            new String[] {
              "TỈNH QUẢNG TRỊ",
              "Số: 123/BC-UBNDQT",
              "Quảng Trị, ngày 04 tháng 12 năm 2023",
              "(Kèm theo Báo cáo số 123/BC-UBNDQT ngày 04/12/2023 của UBND tỉnh)"
            }) {
          assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertTrue(!text.contains("HÀ TĨNH") && !text.contains("Hà Tĩnh,"), text);
        assertEquals(
            "Ủy ban nhân dân tỉnh Quảng Trị",
            document.getDocumentInformation().getAuthor(),
            "the archive's author is the issuing body");
        assertTrue(
            document.getDocumentInformation().getSubject().startsWith("Số 123/BC-UBNDQT"),
            "the number to match the signed copy back");
      }
      HttpResponse<byte[]> docx =
          get(path + "docx", RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
      try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
        String all = new XWPFWordExtractor(word).getText();
        assertTrue(all.contains("TỈNH QUẢNG TRỊ"), all);
        assertTrue(all.contains("Quảng Trị, ngày 04 tháng 12 năm 2023"), all);
      }
    } finally {
      JsonObject now =
          Json.createReader(new StringReader(app.asAdmin("GET", unit, null).body())).readObject();
      HttpResponse<String> back =
          app.asAdmin(
              "PUT",
              unit,
              "{\"nameVi\":\""
                  + before.getString("nameVi")
                  + "\",\"nameEn\":\""
                  + before.getString("nameEn")
                  + "\",\"kind\":\"PROVINCE\",\"version\":"
                  + now.getJsonNumber("version")
                  + "}");
      assertEquals(200, back.statusCode(), back.body());
    }
  }

  private static void theReportsDetailsAreKept() throws IOException {
    long campaign = app.openSampleCampaign("Tự đánh giá 2023 (báo cáo gửi Bộ)", "2099-12-31");
    app.createApiAccount("bc.vp2", "Lương Thị Báo Cáo", "VPUBND", "UNIT_OFFICER", "BaoCao2023!");
    app.send(
        "PUT",
        "/api/campaigns/" + campaign + "/subjects/UBND/scores/8.1",
        "{\"value\":91.17,\"explanation\":\"Số liệu Bộ Nội vụ công bố\"}",
        "bc.vp2",
        "BaoCao2023!");
    HttpResponse<String> draft =
        app.asAdmin(
            "PUT",
            "/api/campaigns/" + campaign + "/reports/draft",
            "{\"number\":\"123\",\"issuedOn\":\"2023-12-04\",\"signerName\":\"Nguyễn Văn Ký\","
                + "\"difficulties\":\"Hạ tầng số ở cấp xã còn hạn chế.\"}");
    assertEquals(200, draft.statusCode(), draft.body());
    assertEquals(
        "123",
        Json.createReader(
                new StringReader(
                    app.asAdmin("GET", "/api/campaigns/" + campaign + "/reports/draft", null)
                        .body()))
            .readObject()
            .getString("number"),
        "kept with the campaign");

    path = "/api/campaigns/" + campaign + "/reports/self-assessment?format=";
  }

  private static void theReportFollowsTheDecreeInEveryFormat() throws IOException {
    HttpResponse<byte[]> pdf =
        get(path + "pdf", RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
    assertEquals(200, pdf.statusCode());
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      for (String expected :
          new String[] {
            "ỦY BAN NHÂN DÂN",
            "TỈNH HÀ TĨNH",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 123/BC-UBND",
            "Hà Tĩnh, ngày 04 tháng 12 năm 2023",
            "Kính gửi: Bộ Nội vụ",
            "8.1. Chỉ số hài lòng liên quan đến giải quyết thủ tục hành chính (mẫu): Số liệu Bộ Nội"
                + " vụ công bố",
            "Hạ tầng số ở cấp xã còn hạn chế.",
            "Nguyễn Văn Ký",
            "Nơi nhận:",
            "(Kèm theo Báo cáo số 123/BC-UBND ngày 04/12/2023 của UBND tỉnh)"
          }) {
        assertTrue(text.contains(expected), expected + " in " + text);
      }
      JsonArray nodes =
          Json.createReader(
                  new StringReader(
                      app.asAdmin("GET", "/api/frameworks/" + app.sampleFrameworkId(), null)
                          .body()))
              .readObject()
              .getJsonArray("nodes");
      assertTrue(nodes.size() > 40, "the sample framework's fields, criteria and leaves");
      for (JsonObject node : nodes.getValuesAs(JsonObject.class)) {
        assertTrue(
            text.contains(" " + node.getString("code") + " "),
            "node " + node.getString("code") + " in the appendix");
      }
    }
    HttpResponse<byte[]> docx =
        get(path + "docx", RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
      String all = new XWPFWordExtractor(word).getText();
      assertTrue(all.contains("BÁO CÁO"), all);
      assertTrue(all.contains("Kính gửi: Bộ Nội vụ"), all);
    }
    HttpResponse<byte[]> preview =
        get(path + "html", RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
    assertEquals(200, preview.statusCode());
    assertEquals("inline", preview.headers().firstValue("Content-Disposition").orElseThrow());
    assertTrue(preview.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    String policy = preview.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(policy.contains("sandbox") && policy.contains("frame-ancestors 'self'"), policy);
    String html = new String(preview.body(), StandardCharsets.UTF_8);
    assertTrue(html.contains("Kính gửi: Bộ Nội vụ"), html);
    assertTrue(html.contains("Nguyễn Văn Ký"), "the preview shows what was entered");
    assertEquals(403, get(path + "pdf", "bc.vp2", "BaoCao2023!").statusCode());
    assertEquals(403, get(path + "html", "bc.vp2", "BaoCao2023!").statusCode());
  }
}
