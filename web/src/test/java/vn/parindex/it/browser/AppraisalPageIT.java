package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Sở Nội vụ's appraiser lowers Sở Tư pháp's 1.1 with a comment and asks it to explain; Sở Tư pháp
 * explains; round 2 raises it again; the council locks the scores; the coordinator publishes; a
 * viewer reads the ranking with its charts.
 */
class AppraisalPageIT extends BrowserTest {
  private static final String CAMPAIGN = "Chỉ số CCHC các sở năm 2023 (trình duyệt)";
  private static final String PASSWORD = "ThamDinh2023!";
  private static final String NEW_PASSWORD = "ThamDinh2024!";
  private static long campaign;

  @Test
  void anAppraisalRunsToAPublishedRanking() throws IOException {
    roundOneStartsOnlyOnceTheUnsubmittedAreConfirmed();
    theAppraiserLowersALeafAndAsksWhy();
    theCoordinatorSetsResultsAndOpensTheWindow();
    theUnitExplainsWithADocument();
    roundTwoStarts();
    theAppraiserRaisesItAgain();
    theCouncilLocksAndTheCoordinatorPublishes();
  }

  private static void roundOneStartsOnlyOnceTheUnsubmittedAreConfirmed() throws IOException {
    campaign = internalCampaign();
    app.createAccount("ui.thamdinh", "Hà Văn Thẩm Định", "SNV", "APPRAISER", PASSWORD);
    app.createAccount("ui.dieuphoi", "Phan Thị Điều Phối", "SNV", "COORDINATOR", PASSWORD);
    // Văn phòng has not sent its work: round 1 starts only once the coordinator confirms that.
    firstLogIn("ui.dieuphoi");
    openAppraisal();
    clickAndWaitForAjax(byId("stepsForm:startRound"));
    assertShown("Chưa thể bắt đầu: có đơn vị chưa gửi kết quả tự đánh giá");
    assertTrue(text("stepsForm:unsubmitted").contains("VPUBND"), text("stepsForm:unsubmitted"));
    assertFalse(text("stepsForm:unsubmitted").contains("STP"), "STP has submitted");
    assertEquals("Đang tự đánh giá", text("status"), "nothing started yet");
    screenshots("appraisal-unsubmitted");
    clickAndWaitForAjax(byId("stepsForm:startAnyway"));
    assertShown("Vòng 1");
    logOut();
  }

  private static void theAppraiserLowersALeafAndAsksWhy() {

    firstLogIn("ui.thamdinh");
    openAppraisal();
    appraise("STP 1.1", "3", "Kế hoạch ban hành chậm 2 tháng", true);
    assertShown("Đã lưu điểm thẩm định của STP, tiêu chí 1.1.");
    assertEquals("3", sheetCell("STP", "1.1", ".sheet-r1"));
    assertTrue(sheetCell("STP", "1.1", ".sheet-asked").contains("đề nghị giải trình"));

    assertTrue(
        driver
            .findElements(By.cssSelector("button[id$=':appraise'][title='VPUBND 1.1']"))
            .isEmpty(),
        "a subject that has not submitted is not appraised");
    logOut();
  }

  private static void theCoordinatorSetsResultsAndOpensTheWindow() throws IOException {

    logIn("ui.dieuphoi", NEW_PASSWORD);
    openAppraisal();
    clickAndWaitForAjax(By.cssSelector("[id='settingsForm:settings'] legend"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(byId("settingsForm:bands")));
    type("settingsForm:bands", "Tốt:95; Khá:85; Trung bình:0");
    clickAndWaitForAjax(byId("settingsForm:saveSettings"));
    assertShown("Đã lưu cài đặt kết quả.");
    clickAndWaitForAjax(byId("adjustmentForm:saveAdjustment"));
    assertTrue(
        find("adjustmentForm").getText().contains("Vui lòng nhập trường này."),
        "a bonus needs its unit: " + find("adjustmentForm").getText());
    find("adjustmentForm:adjustedUnit_input").sendKeys("so");
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(byId("adjustmentForm:adjustedUnit_panel")));
    screenshots("appraisal-unit-suggestions");
    chooseSuggestion("adjustmentForm:adjustedUnit", "tu phap", "STP — Sở Tư pháp");
    typeNumber("adjustmentForm:bonus", "0,5");
    typeNumber("adjustmentForm:penalty", "0");
    type("adjustmentForm:adjustmentReason", "Sáng kiến cải cách được công nhận");
    clickAndWaitForAjax(byId("adjustmentForm:saveAdjustment"));
    assertShown("Đã lưu điểm thưởng, điểm trừ của STP.");
    Path survey =
        Files.writeString(
            Files.createDirectories(Path.of("target", "it-files")).resolve("điều-tra.csv"),
            "unit_code,node_code,points\nSTP,1.1,5\nKHONGCO,1.2,2\n");
    find("surveyForm:surveyFile").sendKeys(survey.toAbsolutePath().normalize().toString());
    clickAndWaitForPage("surveyForm:uploadSurvey");
    assertShown("Tệp có 3 lỗi; chưa có gì được lưu. Sửa tệp rồi kiểm tra lại.");
    assertShown("Mã \"1.1\" không phải tiêu chí điều tra xã hội học của bộ chỉ số.");
    assertShown("Mã \"1.2\" không phải tiêu chí điều tra xã hội học của bộ chỉ số.");
    assertShown("Đơn vị \"KHONGCO\" không phải đối tượng đánh giá của đợt này.");
    clickConfirmAndWaitForAjax("stepsForm:openWindow", "Mở thời gian giải trình sẽ khóa điểm");
    assertEquals("Đang giải trình", text("status"));
    logOut();
  }

  private static void theUnitExplainsWithADocument() throws IOException {

    // Sở Tư pháp's officer set their own password when they scored through the API.
    logIn("ui.stp", PASSWORD);
    openAppraisal();
    assertFalse(pageText().contains("VPUBND"), "a unit sees only its own assessment");
    clickAndWaitForAjax(By.cssSelector("button[id$=':explain'][title='STP 1.1']"));
    wait.until(d -> find("explanationDialog").isDisplayed());
    type("explanationForm:text", "Kế hoạch 45/KH-STP ban hành ngày 10/01, kèm văn bản");
    Path plan =
        Files.write(
            Files.createDirectories(Path.of("target", "it-files"))
                .resolve("Kế hoạch 45-KH-STP.pdf"),
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
    find("explanationForm:explanationFile").sendKeys(plan.toAbsolutePath().normalize().toString());
    clickAndWaitForAjax(byId("explanationForm:saveExplanation"));
    assertShown("Đã gửi giải trình tiêu chí 1.1.");
    assertEquals("1", sheetCell("STP", "1.1", ".sheet-evidence"), "the new document came with it");
    logOut();
  }

  private static void roundTwoStarts() {

    logIn("ui.dieuphoi", NEW_PASSWORD);
    openAppraisal();
    clickConfirmAndWaitForAjax(
        "stepsForm:startRound", "Bắt đầu vòng thẩm định sẽ khóa việc tự chấm điểm");
    assertShown("Vòng 2");
    logOut();
  }

  private static void theAppraiserRaisesItAgain() {

    logIn("ui.thamdinh", NEW_PASSWORD);
    openAppraisal();
    assertEquals(
        "Kế hoạch 45/KH-STP ban hành ngày 10/01, kèm văn bản",
        sheetCell("STP", "1.1", ".sheet-explanation"));
    clickAndWaitForAjax(By.cssSelector("button[id$=':appraise'][title='STP 1.1']"));
    wait.until(d -> find("appraisalDialog").isDisplayed());
    assertTrue(
        text("appraisalForm:documents").contains("Kế hoạch 45-KH-STP.pdf"),
        "the appraiser sees the document sent with the explanation");
    clickAndWaitForAjax(By.cssSelector("#appraisalDialog .ui-dialog-titlebar-close"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(byId("appraisalDialog_modal")));
    appraise("STP 1.1", "5", "Đã giải trình thỏa đáng", false);
    assertEquals("5", sheetCell("STP", "1.1", ".sheet-r2"));
    logOut();
  }

  private static void theCouncilLocksAndTheCoordinatorPublishes() {

    logIn("ui.dieuphoi", NEW_PASSWORD);
    openAppraisal();
    clickConfirmAndWaitForAjax("stepsForm:finalise", "không ai sửa được điểm nữa");
    assertEquals("Đã chốt kết quả", text("status"));
    assertTrue(
        driver.findElements(By.cssSelector("button[id$=':appraise']")).isEmpty(),
        "no score can change once the council approved");
    clickConfirmAndWaitForAjax("stepsForm:publish", "Công bố kết quả sẽ cho mọi người");
    assertEquals("Đã công bố", text("status"));
    logOut();
  }

  private static void firstLogIn(String user) {
    logIn(user, PASSWORD);
    changePassword(PASSWORD, NEW_PASSWORD);
  }

  private static void openAppraisal() {
    open("/app/campaigns/appraisal.xhtml?id=" + campaign);
  }

  private static void appraise(String row, String score, String comment, boolean explain) {
    clickAndWaitForAjax(By.cssSelector("button[id$=':appraise'][title='" + row + "']"));
    wait.until(d -> find("appraisalDialog").isDisplayed());
    typeNumber("appraisalForm:score", score);
    type("appraisalForm:comment", comment);
    if (explain) {
      clickAndWaitForAjax(By.cssSelector("[id='appraisalForm:needsExplanation'] .ui-chkbox-box"));
    }
    clickAndWaitForAjax(byId("appraisalForm:saveAppraisal"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(byId("appraisalDialog_modal")));
  }

  private static String sheetCell(String subject, String code, String css) {
    return driver
        .findElement(
            By.xpath(
                "//tbody[@id='sheetForm:sheet_data']/tr[td//span[@class='sheet-subject' and text()='"
                    + subject
                    + "'] and td//span[@class='sheet-code' and text()='"
                    + code
                    + "']]"))
        .findElement(By.cssSelector(css))
        .getText()
        .strip();
  }

  /** Two departments, field 1 appraised by Sở Nội vụ, both self-scored through the API. */
  private static long internalCampaign() {
    long campaign = app.openDepartmentCampaign("SO-UI-2023", CAMPAIGN);
    app.createApiAccount("ui.stp", "Kiều Thị Tư Pháp", "STP", "UNIT_OFFICER", PASSWORD);
    app.createApiAccount("ui.vp", "Tạ Văn Phòng", "VPUBND", "UNIT_OFFICER", PASSWORD);
    for (String unit : new String[] {"STP", "VPUBND"}) {
      String user = unit.equals("STP") ? "ui.stp" : "ui.vp";
      String base = "/api/campaigns/" + campaign + "/subjects/" + unit + "/scores/";
      String why = ",\"explanation\":\"Văn bản đang trình ký\"";
      app.send("PUT", base + "1.1", "{\"value\":1" + why + "}", user, PASSWORD);
      app.send("PUT", base + "1.2", "{\"selfScore\":4" + why + "}", user, PASSWORD);
    }
    HttpResponse<String> sent =
        app.send(
            "POST",
            "/api/campaigns/" + campaign + "/subjects/STP/submit",
            "{}",
            "ui.stp",
            PASSWORD);
    assertEquals(200, sent.statusCode(), sent.body());
    return campaign;
  }
}
