package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * December at Văn phòng UBND tỉnh: the officer scores 7.3.3 with a PDF, flags 8.1 at risk with a
 * remedy and submits; the leader approves; Sở Nội vụ sees it in the consolidation and returns 8.1;
 * the officer finds 8.1 returned. And on a rule-scored leaf what the dialog shows is what is
 * stored: 7.3.4 of the sample framework is BANDS 100:1;80:0.5 of 1,5 points, so 95% gives 0,75;
 * another figure is an explicit override with its reason; a percentage over 100 is refused at its
 * field.
 */
class WorkspacePageIT extends BrowserTest {
  private static final String RULES_CAMPAIGN = "Tự đánh giá năm 2023 (quy tắc chấm)";
  private static final String RULES_PASSWORD = "QuyTac2023!";
  private static final String CAMPAIGN = "Tự đánh giá Chỉ số CCHC năm 2023 (trình duyệt)";
  private static long campaign;
  private static final List<String> SCORED_BEFORE =
      List.of("1.6", "1.7", "3.1", "3.2.1", "3.2.2", "3.3", "7.3.4", "7.3.5", "7.3.6", "7.3.7");

  @Test
  void theOfficerScoresTheLeaderApprovesTheCoordinatorReturnsALeaf() throws IOException {
    setUpTheCampaignWithTenLeavesScored();
    theOfficerScoresWithEvidence();
    theOfficerFlagsARiskAndSubmits();
    theLeaderReturnsItToTheOfficer();
    theOfficerSendsItAgain();
    theLeaderApproves();
    theCoordinatorReturnsALeaf();
    theCoordinatorLoadsTheMinistrysPoints();
    theCoordinatorDraftsTheReport();
    theOfficerFindsTheLeafReturned();
  }

  private static void setUpTheCampaignWithTenLeavesScored() throws IOException {
    campaign = app.openSampleCampaign(CAMPAIGN, "2099-12-31");
    app.createApiAccount("vp.dm", "Nguyễn Thị Đầu Mối", "VPUBND", "UNIT_OFFICER", "VanPhong2024!");
    app.createAccount("vp.ld", "Trần Văn Chánh", "VPUBND", "UNIT_LEADER", "VanPhong2023!");
    app.createAccount("snv.tonghop", "Hồ Thị Tổng Hợp", "SNV", "COORDINATOR", "TongHop2023!");
    for (String node : SCORED_BEFORE) {
      HttpResponse<String> scored =
          app.send(
              "PUT",
              "/api/campaigns/" + campaign + "/subjects/UBND/scores/" + node,
              zeroFor(node),
              "vp.dm",
              "VanPhong2024!");
      assertEquals(200, scored.statusCode(), scored.body());
    }
  }

  private static void theOfficerScoresWithEvidence() throws IOException {
    // The officer set their own password when they scored the first leaves through the API.
    logIn("vp.dm", "VanPhong2024!");
    openWorkspace();
    assertShown("Tổng điểm tự chấm 0 / 28");

    openLeaf("7.3.3");
    type("leafForm:value_input", "95");
    clickAndWaitForAjax(byId("leafForm:save"));
    assertShown("Đã lưu điểm tiêu chí 7.3.3.");
    assertEquals("95% × 1,5 = 1,43 điểm", text("leafForm:ruleExplanation"));
    Path pdf =
        Files.write(
            Files.createDirectories(Path.of("target", "it-files")).resolve("Kế hoạch 520.pdf"),
            ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII));
    find("leafForm:files").sendKeys(pdf.toAbsolutePath().normalize().toString());
    type("leafForm:docNumber", "520/KH-UBND");
    type("leafForm:docIssuer", "UBND tỉnh Hà Tĩnh");
    type("leafForm:docCitation", "Mục II, trang 3");
    clickAndWaitForAjax(byId("leafForm:upload"));
    assertShown("Đã tải lên 1 tài liệu cho tiêu chí 7.3.3.");
    assertTrue(text("leafForm:evidence").contains("520/KH-UBND của UBND tỉnh Hà Tĩnh"));
    clickAndWaitForAjax(By.cssSelector("[id$=':replace']"));
    wait.until(d -> find("replaceDialog").isDisplayed());
    Path corrected =
        Files.write(
            pdf.resolveSibling("Kế hoạch 520 (đính chính).pdf"),
            ("%PDF-1.4\n% bản đính chính\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8));
    find("replaceForm:replacement").sendKeys(corrected.toAbsolutePath().normalize().toString());
    type("replaceForm:replacementNumber", "520/KH-UBND");
    type("replaceForm:replacementIssuer", "UBND tỉnh Hà Tĩnh");
    clickAndWaitForAjax(byId("replaceForm:confirmReplace"));
    assertShown("Đã thay tài liệu bằng bản mới; bản cũ vẫn được lưu.");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(byId("replaceDialog_modal")));
    assertTrue(text("leafForm:evidence").contains("(bản 2)"));
    closeDialog();
    assertEquals("1", rowCell("7.3.3", ".evidence-count"));

    openLeaf("7.3.4");
    chooseFromMenu(
        "leafForm:existingDocumentId",
        "520/KH-UBND của UBND tỉnh Hà Tĩnh — Kế hoạch 520 (đính chính).pdf");
    clickAndWaitForAjax(byId("leafForm:linkExisting"));
    assertShown("Đã gắn tài liệu vào tiêu chí 7.3.4.");
    closeDialog();
    assertEquals("1", rowCell("7.3.4", ".evidence-count"), "one document backs two criteria");
    assertEquals("1,43", branchScore("7.3"), "the criterion sums its sub-criteria");
  }

  private static void theOfficerFlagsARiskAndSubmits() {
    openLeaf("8.1");
    type("leafForm:value_input", "91,17");
    type("leafForm:explanation", "Chỉ số hài lòng do Bộ Nội vụ công bố; chưa có văn bản.");
    clickAndWaitForAjax(By.cssSelector("[id='leafForm:atRisk'] .ui-chkbox-box"));
    type("leafForm:riskCause", "Tỷ lệ hài lòng thấp hơn năm trước");
    type("leafForm:riskOwner", "Phó Chánh Văn phòng");
    clickAndWaitForAjax(byId("leafForm:save"));
    assertShown("Vui lòng nêu giải pháp khắc phục.");
    assertEquals("", rowCell("8.1", ".self-score"), "a flag refused leaves the score unsaved too");
    type("leafForm:remedy", "Khảo sát lại tại Trung tâm Phục vụ hành chính công");
    clickAndWaitForAjax(byId("leafForm:save"));
    assertShown("Đã lưu điểm tiêu chí 8.1.");
    assertEquals("91,17% × 4 = 3,65 điểm", text("leafForm:ruleExplanation"));
    closeDialog();
    assertTrue(rowCell("8.1", ".leaf-state").contains("Đã chấm"));
    assertEquals("0,35", text("pointsAtRisk"));

    type("stepsForm:stepComment", "Văn phòng đã hoàn thành tự chấm");
    clickConfirmAndWaitForAjax("stepsForm:submit", "Sau khi gửi, đơn vị không sửa được điểm");
    assertShown("Đã gửi kết quả tự chấm của VPUBND.");
    assertEquals("Đã gửi, chờ lãnh đạo duyệt", text("status"));
    logOut();
  }

  private static void theLeaderReturnsItToTheOfficer() {
    // The leader sends it back to the officer first, saying what to change.
    logIn("vp.ld", "VanPhong2023!");
    changePassword("VanPhong2023!", "VanPhong2024!");
    openWorkspace();
    type("stepsForm:stepComment", "Kiểm tra lại tiêu chí 8.1 trước khi gửi Sở Nội vụ");
    clickAndWaitForAjax(byId("stepsForm:returnToOfficer"));
    assertShown("Đã trả lại hồ sơ của VPUBND cho cán bộ đầu mối.");
    assertEquals("Đang thực hiện", text("status"));
    assertTrue(text("events").contains("Kiểm tra lại tiêu chí 8.1 trước khi gửi Sở Nội vụ"));
    logOut();
  }

  private static void theOfficerSendsItAgain() {
    logIn("vp.dm", "VanPhong2024!");
    openWorkspace();
    clickConfirmAndWaitForAjax("stepsForm:submit", "Sau khi gửi, đơn vị không sửa được điểm");
    assertShown("Đã gửi kết quả tự chấm của VPUBND.");
    logOut();
  }

  private static void theLeaderApproves() {
    logIn("vp.ld", "VanPhong2024!");
    openWorkspace();
    clickConfirmAndWaitForAjax("stepsForm:approve", "Sau khi phê duyệt, kết quả của đơn vị");
    assertShown("Đã phê duyệt kết quả của VPUBND; hồ sơ chuyển Sở Nội vụ.");
    assertEquals("Lãnh đạo đã duyệt", text("status"));
    logOut();
  }

  private static void theCoordinatorReturnsALeaf() {
    logIn("snv.tonghop", "TongHop2023!");
    changePassword("TongHop2023!", "TongHop2024!");
    open("/app/campaigns/consolidation.xhtml?id=" + campaign);
    assertShown("Lãnh đạo đã duyệt");
    assertEquals(
        "Chưa bắt đầu",
        driver
            .findElement(
                By.xpath(
                    "//tbody[@id='consolidationForm:submissions_data']/tr[td//a[text()='STP']]"
                        + "//span[contains(@class,'submission-status')]"))
            .getText(),
        "a unit that has not started is listed too");
    WebElement row = consolidationRow("8.1");
    assertEquals("VPUBND", row.findElement(By.cssSelector(".lead")).getText());
    assertEquals("3,65", row.findElement(By.cssSelector(".self-score")).getText());
    assertEquals("⚠", row.findElement(By.cssSelector(".at-risk")).getText());
    clickAndWaitForAjax(By.cssSelector("button[id$=':returnLeaf'][title='8.1']"));
    type("returnForm:comment", "Bổ sung văn bản công bố chỉ số hài lòng");
    clickAndWaitForAjax(byId("returnForm:confirmReturn"));
    assertShown("Đã trả lại tiêu chí 8.1.");
    assertEquals(
        "Bị trả lại", consolidationRow("8.1").findElement(By.cssSelector(".leaf-state")).getText());
    logOut();
  }

  private static void theCoordinatorLoadsTheMinistrysPoints() throws IOException {
    logIn("snv.tonghop", "TongHop2024!");
    open("/app/campaigns/consolidation.xhtml?id=" + campaign);
    Path ministry =
        Files.writeString(
            Files.createDirectories(Path.of("target", "it-files"))
                .resolve("bo-noi-vu-tham-dinh.csv"),
            "node_code,points\n8.1,3.4\n");
    // The Ministry's points are loaded on the page of the province's steps with the Ministry.
    clickAndWaitForPage("ministryLink");
    find("tableForm:table").sendKeys(ministry.toAbsolutePath().normalize().toString());
    clickAndWaitForPage("tableForm:loadTable");
    assertShown("Đã nạp điểm thẩm định của Bộ Nội vụ cho 1 tiêu chí.");
    clickAndWaitForPage("comparisonLink");
    assertEquals(
        "-0,25",
        driver
            .findElement(
                By.xpath(
                    "//tbody[@id='ministryLeads_data']/tr[td[1]='VPUBND']//span[@class='difference']"))
            .getText());
    logOut();
  }

  private static void theCoordinatorDraftsTheReport() {
    logIn("snv.tonghop", "TongHop2024!");
    open("/app/campaigns/reports.xhtml?id=" + campaign);
    type("draftForm:number", "125/BC-UBND");
    type("draftForm:signerName", "Nguyễn Văn Ký");
    clickAndWaitForAjax(byId("draftForm:saveDraft"));
    assertShown("Đã lưu thông tin của báo cáo.");
    String letter = preview("selfAssessment");
    assertTrue(letter.contains("Kính gửi: Bộ Nội vụ"), letter);
    assertTrue(letter.contains("Nguyễn Văn Ký"), "the preview shows the saved details");
    String report = downloadReport("selfAssessment");
    assertTrue(report.contains("Số: 125/BC-UBND"), "the number as typed: " + report);
    assertFalse(report.contains("BC-UBND/BC-UBND"), report);
    assertTrue(report.contains("Chưa chấm điểm."), "an unscored leaf says so, not 0");
    assertTrue(
        report.contains("Điểm do Bộ Nội vụ xác định qua điều tra xã hội học."),
        "a survey leaf says whose points it takes");
    assertTrue(report.contains("Phụ lục I KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM"), report);
    String progress = downloadReport("progress");
    assertTrue(progress.contains("BÁO CÁO TIẾN ĐỘ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM"), progress);
    String scorecard = downloadReport("scorecardForm\\:scorecardLinks");
    assertTrue(scorecard.contains("BẢNG ĐIỂM TỰ ĐÁNH GIÁ, THẨM ĐỊNH"), scorecard);
    assertTrue(scorecard.contains("3,4"), "the Ministry's points of 8.1: " + scorecard);
    logOut();
  }

  private static void theOfficerFindsTheLeafReturned() {
    logIn("vp.dm", "VanPhong2024!");
    openWorkspace();
    assertEquals("Đang thực hiện", text("status"));
    clickAndWaitForAjax(
        By.xpath("//*[@id='leavesForm:filter']//label[normalize-space()='Bị trả lại']"));
    List<String> shown =
        driver.findElements(By.cssSelector("#leavesForm\\:leaves .leaf-code")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(List.of("8.1"), shown);
    openLeaf("8.1");
  }

  /** Someone else saves the leaf while the officer types: nothing of either is lost. */
  @Test
  void aStaleSaveKeepsTheInputAndShowsWhatIsStored() throws IOException {
    String name = "Tự đánh giá năm 2023 (sửa đồng thời)";
    long campaign = app.openSampleCampaign(name, "2099-12-31");
    app.createAccount("vp.dm2", "Đỗ Văn Đồng Thời", "VPUBND", "UNIT_OFFICER", "DongThoi2023!");
    logIn("vp.dm2", "DongThoi2023!");
    changePassword("DongThoi2023!", "DongThoi2024!");
    open("/app/campaigns/workspace.xhtml?id=" + campaign + "&unit=VPUBND");
    openLeaf("3.1");
    HttpResponse<String> meanwhile =
        app.send(
            "PUT",
            "/api/campaigns/" + campaign + "/subjects/UBND/scores/3.1",
            "{\"selfScore\":2,\"explanation\":\"Theo báo cáo quý IV\"}",
            "vp.dm2",
            "DongThoi2024!");
    assertEquals(200, meanwhile.statusCode(), meanwhile.body());

    type("leafForm:selfScore_input", "3");
    clickAndWaitForAjax(byId("leafForm:save"));
    assertShown("Tiêu chí 3.1 vừa được người khác sửa.");
    assertTrue(text("leafForm:conflict").contains("Theo báo cáo quý IV"));
    assertEquals("2", text("leafForm:storedSelfScore").strip());
    assertEquals("3", find("leafForm:selfScore_input").getAttribute("value"), "the input is kept");

    clickAndWaitForAjax(byId("leafForm:save"));
    assertShown("Đã lưu điểm tiêu chí 3.1.");
    closeDialog();
    assertEquals("3", rowCell("3.1", ".self-score"));
  }

  /** A zero score as each rule takes it: the expert's 0 on a MANUAL leaf, a value of 0 else. */
  static String zeroFor(String node) {
    return node.equals("3.1") || node.equals("7.3.7") ? "{\"selfScore\":0}" : "{\"value\":0}";
  }

  @Test
  void theStoredScoreIsTheRulesUnlessOverriddenWithAReason() throws IOException {
    long rules = app.openSampleCampaign(RULES_CAMPAIGN, "2099-12-31");
    app.createAccount("vp.quytac", "Lương Văn Quy Tắc", "VPUBND", "UNIT_OFFICER", RULES_PASSWORD);
    logIn("vp.quytac", RULES_PASSWORD);
    changePassword(RULES_PASSWORD, "QuyTac2024!");
    open("/app/campaigns/workspace.xhtml?id=" + rules + "&unit=VPUBND");

    openLeaf("7.3.4");
    typeNumber("leafForm:value", "150");
    find("leafForm:value_input").sendKeys(Keys.TAB);
    waitForAjax();
    clickAndWaitForAjax(byId("leafForm:save"));
    assertShown("Tỷ lệ phải từ 0 đến 100%; đã nhập 150.");
    assertTrue(
        text("leafForm").contains("Tỷ lệ phải từ 0 đến 100%"), "the message stands at the field");

    typeNumber("leafForm:value", "95");
    find("leafForm:value_input").sendKeys(Keys.TAB);
    waitForAjax();
    assertEquals("0,75", text("leafForm:rulePoints"), "the rule's points before saving");
    assertEquals("95% ≥ 80% → 0,5 × 1,5 = 0,75 điểm", text("leafForm:ruleExplanation"));
    screenshots("leaf-rule-points");
    clickAndWaitForAjax(byId("leafForm:save"));
    assertShown("Đã lưu điểm tiêu chí 7.3.4.");
    closeDialog();
    assertEquals("0,75", rowCell("7.3.4", ".self-score"));

    openLeaf("7.3.4");
    clickAndWaitForAjax(By.cssSelector("[id='leafForm:override'] .ui-chkbox-box"));
    typeNumber("leafForm:selfScore", "1,5");
    clickAndWaitForAjax(byId("leafForm:save"));
    assertShown("Điểm tự chấm 1,5 khác điểm theo quy tắc 0,75");
    type("leafForm:overrideReason", "Tỷ lệ theo số liệu Cục Thống kê là 100%");
    type("leafForm:reason", "Cập nhật số liệu chính thức");
    clickAndWaitForAjax(byId("leafForm:save"));
    assertShown("Đã lưu điểm tiêu chí 7.3.4.");
    closeDialog();
    assertEquals("1,5", rowCell("7.3.4", ".self-score"));
    assertEquals(
        "Điểm nhập khác quy tắc: Tỷ lệ theo số liệu Cục Thống kê là 100%",
        rowElement("7.3.4").findElement(By.cssSelector(".override-mark")).getAttribute("title"));
    screenshots("workspace-override");

    HttpResponse<String> stored =
        app.asAdmin("GET", "/api/campaigns/" + rules + "/subjects/UBND/scores/7.3.4/history", null);
    assertTrue(stored.body().contains("Tỷ lệ theo số liệu Cục Thống kê là 100%"), stored.body());
  }

  private static void openWorkspace() {
    open("/app/campaigns/workspace.xhtml?id=" + campaign + "&unit=VPUBND");
  }

  private static WebElement rowElement(String code) {
    return driver.findElement(
        By.xpath(
            "//tbody[@id='leavesForm:leaves_data']/tr[td//span[@class='leaf-code' and text()='"
                + code
                + "']]"));
  }

  private static String rowCell(String code, String css) {
    return driver
        .findElement(
            By.xpath(
                "//tbody[@id='leavesForm:leaves_data']/tr[td//span[@class='leaf-code' and text()='"
                    + code
                    + "']]"))
        .findElement(By.cssSelector(css))
        .getText()
        .strip();
  }

  /** The leaf's row of the consolidation, turning its pages (25 leaves a page) until it shows. */
  private static WebElement consolidationRow(String code) {
    By row =
        By.xpath(
            "//tbody[@id='consolidationForm:leaves_data']/tr[td//span[@class='leaf-code' and"
                + " text()='"
                + code
                + "']]");
    By next =
        By.cssSelector(
            "#consolidationForm\\:leaves_paginator_top .ui-paginator-next:not(.ui-state-disabled)");
    while (driver.findElements(row).isEmpty() && !driver.findElements(next).isEmpty()) {
      clickAndWaitForAjax(next);
    }
    return driver.findElement(row);
  }
}
