package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.parindex.it.support.PublishedCampaign;
import vn.parindex.it.support.RunningApp;

/**
 * The public page of open results: Sở Nội vụ opens a published campaign's results from its results
 * page; then anyone, without signing in, reads the ranking with the version and its date and the
 * links to the open data. Closed again, the page is not found.
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
    open("/app/campaigns/results.xhtml?id=" + campaign.id());
    clickAndWaitForPage("shareForm:share");
    assertShown("Đã ngừng công khai kết quả của đợt này.");
    logOut();
    open("/open/results.xhtml?id=" + campaign.id());
    assertShown("Không có kết quả công khai của đợt đánh giá " + campaign.id());
    open("/open/results.xhtml?id=abc&version=-1");
    assertShown("Không có kết quả nào ứng với địa chỉ này.");
  }
}
