package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.parindex.it.support.PublishedCampaign;
import vn.parindex.it.support.RunningApp;

/**
 * The public page of open results: Sở Nội vụ opens a published campaign's results from its results
 * page; then anyone, without signing in, reads the ranking with the version and its date and the
 * links to the open data. Sở Nội vụ corrects Sở Tư pháp's result (reopened from the results page,
 * appraised again, finalised and published with the reason): the public page shows version 2 with
 * what changed, and version 1 as it was. Closed again, the page is not found.
 */
class OpenResultsPageIT extends BrowserTest {
  @Test
  void soNoiVuOpensTheResultsAndAnyoneReadsThem() {
    PublishedCampaign campaign = PublishedCampaign.make(app);
    logIn(RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
    open("/app/campaigns/results.xhtml?id=" + campaign.id());
    clickAndWaitForPage("shareForm:share");
    assertShown("Đã công khai kết quả đã công bố của đợt này.");
    assertTrue(text("shareForm:openLink").endsWith("/open/results.xhtml?id=" + campaign.id()));
    screenshots("results-opened");
    logOut();

    open("/open/results.xhtml?id=" + campaign.id());
    assertEquals(campaign.name(), text("openTitle"));
    assertTrue(text("openVersion").startsWith("Phiên bản 1, công bố lúc"), text("openVersion"));
    String ranking = driver.findElement(By.id("ranking-DEPARTMENT")).getText();
    assertTrue(ranking.contains("VPUBND — Văn phòng"), ranking);
    assertTrue(ranking.contains("100,00") && ranking.contains("95,00"), ranking);
    assertTrue(
        find("openCsv").getAttribute("href").contains("/api/open/campaigns/" + campaign.id()));
    assertTrue(driver.findElements(By.id("userForm:logout")).isEmpty(), "nobody signed in");
    screenshots("open-results");

    logIn(RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
    correctTheJusticeDepartment(campaign.id());
    logOut();
    open("/open/results.xhtml?id=" + campaign.id());
    assertTrue(text("openVersion").startsWith("Phiên bản 2, công bố lúc"), text("openVersion"));
    assertTrue(text("openReason").contains("Chấm lại tiêu chí 1.1 của Sở Tư pháp"));
    String corrected = driver.findElement(By.id("ranking-DEPARTMENT")).getText();
    assertTrue(!corrected.contains("95,00"), corrected);
    assertTrue(text("openChanges").contains("STP"), text("openChanges"));
    screenshots("open-results-corrected");
    open("/open/results.xhtml?id=" + campaign.id() + "&version=1");
    assertTrue(text("openVersion").startsWith("Phiên bản 1, công bố lúc"), text("openVersion"));
    assertTrue(driver.findElement(By.id("ranking-DEPARTMENT")).getText().contains("95,00"));

    logIn(RunningApp.HELPER_ADMIN, RunningApp.HELPER_PASSWORD);
    open("/app/campaigns/results.xhtml?id=" + campaign.id());
    clickAndWaitForPage("shareForm:share");
    assertShown("Đã ngừng công khai kết quả của đợt này.");
    logOut();
    open("/open/results.xhtml?id=" + campaign.id());
    assertShown("Không có kết quả công khai của đợt đánh giá " + campaign.id());
    open("/open/results.xhtml?id=abc&version=-1");
    assertShown("Không có kết quả nào ứng với địa chỉ này.");
  }

  /**
   * From the results page: STP reopened with the reason, 1.1 appraised again at 5,5 (through the
   * API, as the appraisal page's own test drives the dialog), finalised and published as version 2.
   */
  private static void correctTheJusticeDepartment(long campaign) {
    open("/app/campaigns/results.xhtml?id=" + campaign);
    driver
        .findElement(By.cssSelector("#correctionForm\\:correctionBox .ui-fieldset-legend"))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(byId("correctionForm:reason")));
    chooseMany("correctionForm:subjects", "STP");
    type("correctionForm:reason", "Chấm lại tiêu chí 1.1 của Sở Tư pháp");
    clickConfirmAndWaitForPage("correctionForm:reopen", "công bố thành phiên bản mới");
    assertShown("Đã mở lại để đính chính: STP.");
    assertShown("Đang đính chính kết quả của: STP. Chỉ các đơn vị này được chấm lại.");
    screenshots("appraisal-correcting");
    String base = "/api/campaigns/" + campaign + "/subjects/";
    assertEquals(
        409,
        app.asAdmin("PUT", base + "VPUBND/appraisals/1.1", "{\"round\":1,\"score\":5}")
            .statusCode(),
        "not reopened");
    assertEquals(
        200,
        app.asAdmin("PUT", base + "STP/appraisals/1.1", "{\"round\":1,\"score\":5.5}")
            .statusCode());
    clickConfirmAndWaitForAjax("stepsForm:finalise", "không ai sửa được điểm nữa");
    assertShown("điểm đã được khóa");
    type("stepsForm:publicationReason", "Chấm lại tiêu chí 1.1 của Sở Tư pháp");
    clickConfirmAndWaitForAjax("stepsForm:publish", "phiên bản đã công bố được lưu lại");
    assertShown("Đã công bố kết quả đợt");
    open("/app/campaigns/results.xhtml?id=" + campaign);
    clickAndWaitForPage("versionsLink");
    assertTrue(text("openVersion").startsWith("Phiên bản 2, công bố lúc"), text("openVersion"));
    assertTrue(text("openChanges").contains("95,00 → 100,00"), text("openChanges"));
    screenshots("results-versions");
  }
}
