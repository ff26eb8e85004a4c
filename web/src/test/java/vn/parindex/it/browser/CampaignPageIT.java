package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The coordinator of Sở Nội vụ sets up the 2022 self-assessment: creates the campaign on the sample
 * framework, loads the assignment of dispatch 6926, sees the matrix, records the focal pair of Sở
 * Tư pháp and opens the campaign, which needs two people to approve, and checks its audit trail.
 * The officer of Sở Tư pháp then logs in with the issued password and sees field 2, and nothing
 * else.
 */
class CampaignPageIT extends BrowserTest {
  private static String[] issued;
  private static final Path ASSIGNMENT_2022 =
      Path.of("../domain/src/test/resources/vn/parindex/campaign/assignment-hatinh-2022.csv");

  @Test
  void theCoordinatorSetsUpACampaignAndTheOfficerSeesItsCriteria() throws IOException {
    theCoordinatorCreatesADraftCampaign();
    theDispatchAssignmentIsLoaded();
    focalPairsAreNominatedAndTheCampaignOpens();
    theOfficerSeesOnlyItsOwnCriteria();
  }

  private static void theCoordinatorCreatesADraftCampaign() {
    app.createAccount("snv.cchc", "Hồ Thị Cải Cách", "SNV", "COORDINATOR", "CaiCachHanhChinh1");
    logIn("snv.cchc", "CaiCachHanhChinh1");
    changePassword("CaiCachHanhChinh1", "CaiCachHanhChinh2");
    clickAndWaitForPage("menuForm:navCampaigns");

    type("campaignForm:name", "Tự đánh giá Chỉ số CCHC năm 2022");
    type("campaignForm:year", "2022");
    chooseFromMenu("campaignForm:frameworkId", "MAU-876-2022");
    // Dispatch 6926 of 04/12/2022: focal pairs by 07/12, self-scoring from the dispatch's day.
    date("campaignForm:nominationDue", "07/12/2022");
    date("campaignForm:selfAssessmentOpens", "04/12/2022");
    date("campaignForm:selfAssessmentCloses", "31/12/2022");
    assertTrue(find("campaignForm:fourEyes_input").isSelected(), "two people unless unticked");
    screenshots("campaign-create");
    clickAndWaitForPage("campaignForm:create");
    assertShown("Đã tạo đợt đánh giá \"Tự đánh giá Chỉ số CCHC năm 2022\" (dự thảo).");
    assertEquals("Dự thảo", text("status"));
  }

  private static void theDispatchAssignmentIsLoaded() throws IOException {
    Path conflicting =
        Files.createDirectories(Path.of("target", "it-files")).resolve("xung-dot.csv");
    Files.writeString(
        conflicting,
        Files.readString(ASSIGNMENT_2022, StandardCharsets.UTF_8) + "2,FIELD,SNV,,thử xung đột\n",
        StandardCharsets.UTF_8);
    upload(conflicting);
    assertShown("Tiêu chí 2.1.1 được giao cho nhiều đơn vị cùng cấp: SNV, STP.");
    assertTrue(
        driver.findElements(By.id("matrix")).get(0).findElements(By.tagName("td")).isEmpty(),
        "nothing saved");

    upload(ASSIGNMENT_2022);
    assertShown("Đã nạp phân công: mọi tiêu chí tự chấm đều có đúng một đơn vị chủ trì.");
    assertEquals("4", matrixCell("STP", 2));
    assertEquals("", matrixCell("STP", 1));
    assertEquals("5", matrixCell("VPUBND", 7));
    assertEquals("2", matrixCell("CT", 8));
  }

  private static void focalPairsAreNominatedAndTheCampaignOpens() {
    chooseFromMenu("nominationForm:nominee", "STP — Sở Tư pháp");
    type("nominationForm:leaderName", "Trần Văn Lãnh Đạo");
    type("nominationForm:leaderTitle", "Phó Giám đốc Sở");
    type("nominationForm:officerName", "Lê Thị Đầu Mối");
    type("nominationForm:officerEmail", "daumoi@stp.hatinh.gov.vn");
    clickAndWaitForPage("nominationForm:nominate");
    assertShown("Đã ghi nhận đầu mối của STP.");
    issued = find("issuedOfficer").getText().split(" / ");
    assertEquals("stp.daumoi", issued[0]);
    assertTrue(
        find("issued").getLocation().getY() < find("nominationForm").getLocation().getY(),
        "the one-time passwords stand at the top, beside the success message");
    screenshots("nomination-issued");

    // A corrected phone number: the same accounts, their passwords untouched.
    chooseFromMenu("nominationForm:nominee", "STP — Sở Tư pháp");
    type("nominationForm:leaderName", "Trần Văn Lãnh Đạo");
    type("nominationForm:officerName", "Lê Thị Đầu Mối");
    type("nominationForm:officerPhone", "0912 345 679");
    clickAndWaitForPage("nominationForm:nominate");
    assertShown("Đã ghi nhận đầu mối của STP.");
    assertEquals(
        "stp.daumoi — tài khoản đã có, giữ nguyên mật khẩu đang dùng", text("issuedOfficer"));

    clickConfirmAndWaitForPage(
        "actionsForm:open", "Mở đợt đánh giá sẽ khóa bộ chỉ số, danh sách đơn vị và phân công");
    assertShown("Đã mở đợt đánh giá \"Tự đánh giá Chỉ số CCHC năm 2022\".");
    assertEquals("Đang tự đánh giá", text("status"));
    assertEquals("Phê duyệt bởi người thứ hai", text("fourEyes"), "four eyes unless turned off");
    clickAndWaitForAjax(byId("actionsForm:checkAudit"));
    assertShown("Nhật ký thay đổi nguyên vẹn: 0 mục, chuỗi băm khớp đến mục cuối.");
    screenshots("campaign-audit-check");
    logOut();
  }

  private static void theOfficerSeesOnlyItsOwnCriteria() throws IOException {
    logIn("stp.daumoi", issued[1]);
    assertTrue(driver.getCurrentUrl().contains("/app/password"), "the first password still works");
    changePassword(issued[1], "DauMoiTuPhap2022");
    clickAndWaitForPage("menuForm:navCampaigns");
    driver.findElement(By.linkText("Tự đánh giá Chỉ số CCHC năm 2022")).click();
    waitForPage();
    assertShown("Tiêu chí đơn vị thực hiện: STP");
    List<String> codes =
        driver.findElements(By.cssSelector(".own-code")).stream().map(WebElement::getText).toList();
    assertEquals(List.of("2.1.1", "2.1.2", "2.2", "2.3"), codes);
    assertTrue(
        driver.findElements(By.id("matrix")).isEmpty(), "no assignment matrix for an officer");
    assertTrue(driver.findElements(byId("menuForm:navFrameworks")).isEmpty());
  }

  private static void upload(Path csv) {
    driver
        .findElement(byId("assignmentForm:file"))
        .sendKeys(csv.toAbsolutePath().normalize().toString());
    clickAndWaitForPage("assignmentForm:upload");
  }

  /** Types a date into a p:datePicker, as a person who does not open its calendar would. */
  private static void date(String clientId, String ddMMyyyy) {
    type(clientId + "_input", ddMMyyyy);
  }

  private static String matrixCell(String unit, int field) {
    return driver
        .findElement(By.xpath("//table[@id='matrix']//tr[th[1]='" + unit + "']/td[" + field + "]"))
        .getText()
        .strip();
  }
}
