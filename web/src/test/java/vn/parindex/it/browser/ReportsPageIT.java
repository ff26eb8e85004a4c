package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.parindex.it.support.PublishedCampaign;
import vn.parindex.it.support.SignedPdfs;

/**
 * {@code app/campaigns/reports.xhtml}: the official documents of a published campaign, previewed in
 * place and downloaded as PDF, read back for their text; the Word template and the signed report
 * uploaded back.
 */
class ReportsPageIT extends BrowserTest {
  @Test
  void thePublishedRankingProgressAndScorecardAreDocuments() {
    PublishedCampaign campaign = PublishedCampaign.make(app);
    logIn(campaign.viewer(), PublishedCampaign.PASSWORD);
    changePassword(PublishedCampaign.PASSWORD, "BaoCao2024!");
    open("/app/campaigns/reports.xhtml?id=" + campaign.id());
    assertEquals(campaign.name(), text("reportsTitle"));

    String preview = preview("ranking");
    assertTrue(preview.contains("KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"), preview);
    String ranking = downloadReport("ranking");
    assertTrue(ranking.contains("Sở, ban, ngành 2 STP"), ranking);
    assertTrue(ranking.contains("Phụ lục II"), "an appendix per unit: " + ranking);
    String rankingWord = docxText("ranking");
    assertTrue(
        rankingWord.contains("Phụ lục II") && rankingWord.contains("xếp loại:"),
        "the Word ranking filled into its template, with an appendix per unit: " + rankingWord);
    String progress = downloadReport("progress");
    assertTrue(progress.contains("BÁO CÁO TIẾN ĐỘ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM"), progress);
    String scorecard = downloadReport("scorecardForm\\:scorecardLinks");
    assertTrue(scorecard.contains("BẢNG ĐIỂM TỰ ĐÁNH GIÁ, THẨM ĐỊNH"), scorecard);
    String scorecardWord = docxText("scorecardForm\\:scorecardLinks");
    assertTrue(scorecardWord.contains("Thẩm định lần 1"), scorecardWord);
    screenshots("reports");
  }

  /**
   * Sở Nội vụ downloads the report with its number, has it signed, and uploads the signed copy: an
   * unsigned one is refused with the reason, the signed one makes the campaign issued, with its
   * number, signer and hash, and the copy downloads as it was kept.
   */
  @Test
  void theSignedReportUploadedBackMakesTheCampaignIssued() throws IOException {
    long id = app.openSampleCampaign("Tự đánh giá 2023 (ban hành)", "2099-12-31");
    app.asAdmin(
        "PUT",
        "/api/campaigns/" + id + "/reports/draft",
        "{\"number\":\"77\",\"issuedOn\":\"2023-12-05\",\"signerName\":\"Trần Thị Ký\"}");
    app.createAccount("snv.banhanh", "Võ Văn Ban Hành", "SNV", "COORDINATOR", "BanHanh2023!");
    logIn("snv.banhanh", "BanHanh2023!");
    changePassword("BanHanh2023!", "BanHanh2024!");
    open("/app/campaigns/reports.xhtml?id=" + id);
    assertEquals("Chưa ban hành: chưa có bản đã ký.", text("issuedState"));

    assertTrue(
        text("templateForm:templateState").startsWith("Đang dùng mẫu mặc định."),
        text("templateForm:templateState"));
    Fetched template = download(link("#templateForm\\:templateDownload"));
    assertEquals(200, template.status());
    assertTrue(template.type().startsWith("application/vnd.openxmlformats"), template.type());
    Path notWord = Files.createDirectories(Path.of("target", "it-files")).resolve("mau.docx");
    Files.writeString(notWord, "Báo cáo");
    driver
        .findElement(byId("templateForm:file"))
        .sendKeys(notWord.toAbsolutePath().normalize().toString());
    clickAndWaitForPage("templateForm:uploadTemplate");
    assertShown("Tệp không phải văn bản Word (.docx).");
    assertTrue(
        text("templateForm:templateState").startsWith("Đang dùng mẫu mặc định."),
        "the template stays");
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('templateForm').scrollIntoView()");
    screenshots("reports-template");
    chooseFromMenu("templateForm:templateKind", "Báo cáo tiến độ tự đánh giá của các đơn vị");
    waitForAjax();
    // The state and its link are drawn again by the choice's AJAX answer.
    wait.until(
        d ->
            link("#templateForm\\:templateDownload")
                .endsWith("/api/report-templates/progress/content"));

    Fetched report = download(link("#selfAssessment .download-pdf"));
    Path files = Files.createDirectories(Path.of("target", "it-files"));
    Path unsigned = files.resolve("bao-cao-chua-ky.pdf");
    Files.write(unsigned, report.body());
    uploadSigned(unsigned);
    assertShown("Tệp chưa có chữ ký số.");
    assertEquals("Chưa ban hành: chưa có bản đã ký.", text("issuedState"));

    byte[] signed = SignedPdfs.sign(report.body(), "Trần Thị Ký");
    Path copy = files.resolve("bao-cao-da-ky.pdf");
    Files.write(copy, signed);
    uploadSigned(copy);
    assertShown("Đã lưu bản đã ký của Báo cáo số 77/BC-UBND");
    assertTrue(
        text("issuedState").startsWith("Đã ban hành: Báo cáo số 77/BC-UBND ngày 05/12/2023"),
        text("issuedState"));
    assertEquals("Trần Thị Ký", text("issuedSigners"));
    assertEquals(SignedPdfs.sha256Hex(signed), text("issuedHash"));
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('issuedForm').scrollIntoView()");
    screenshots("reports-issued");
    Fetched kept = download(link("#issuedForm\\:signedCopy"));
    assertEquals(200, kept.status());
    assertArrayEquals(signed, kept.body(), "the signed copy as it was uploaded");

    open("/app/campaigns/view.xhtml?id=" + id);
    assertEquals(
        "Đã ban hành: Báo cáo số 77/BC-UBND", text("issuedReport"), "the campaign says so");
  }

  private static void uploadSigned(Path pdf) {
    driver
        .findElement(byId("issuedForm:file"))
        .sendKeys(pdf.toAbsolutePath().normalize().toString());
    clickAndWaitForPage("issuedForm:uploadSigned");
  }

  private static String link(String css) {
    return driver.findElement(By.cssSelector(css)).getAttribute("href");
  }
}
