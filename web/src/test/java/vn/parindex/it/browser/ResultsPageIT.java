package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.parindex.it.support.PublishedCampaign;

/**
 * {@code app/campaigns/results.xhtml}: a viewer reads the published ranking of a campaign made
 * through the API, in Vietnamese and in English (the default band names translated, the units'
 * names as the province writes them).
 */
class ResultsPageIT extends BrowserTest {
  private static final String NEW_PASSWORD = "CongBo2024!";

  @Test
  void aViewerReadsThePublishedRankingInEitherLanguage() {
    PublishedCampaign campaign = PublishedCampaign.make(app);
    logIn(campaign.viewer(), PublishedCampaign.PASSWORD);
    changePassword(PublishedCampaign.PASSWORD, NEW_PASSWORD);
    open("/app/campaigns/results.xhtml?id=" + campaign.id());

    assertEquals(campaign.name(), text("resultsTitle"));
    assertTrue(text("publicationNote").startsWith("Kết quả đã công bố, bản 1"));
    assertEquals("1", rankingCell("VPUBND", "rank"));
    assertEquals("100,00", rankingCell("VPUBND", "index"));
    assertEquals("2", rankingCell("STP", "rank"));
    assertEquals("95,00", rankingCell("STP", "index"), "9 points and a bonus of 0.5 over 10");
    assertEquals("Tốt", rankingCell("STP", "classification"), "the campaign's own bands");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='barChart'] canvas")));
    assertTrue(text("scorecard").contains("10"), "the scorecard lists the field");
    screenshots("results");

    clickAndWaitForPage("userForm:langEn");
    assertTrue(text("publicationNote").startsWith("Published results, version 1"));
    assertEquals("Good", rankingCell("STP", "classification"), "a default band, in English");
    screenshots("results-en");
    clickAndWaitForPage("userForm:langVi");
  }

  private static String rankingCell(String unit, String css) {
    return driver
        .findElement(By.cssSelector("tr[data-unit='" + unit + "'] td." + css))
        .getText()
        .strip();
  }
}
