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

  /**
   * Sở Kế hoạch và Đầu tư merged into Sở Tài chính on 01/03/2025, which was renamed on 01/04/2025:
   * the 2023 results keep the names of 2023, today's beside the renamed one, and the successor's
   * index across years lists its predecessor's beside its own; the campaign cloned into 2025 scores
   * the successor alone.
   */
  @Test
  void aMergedDepartmentGoesOnInItsSuccessor() {
    for (String[] unit :
        new String[][] {
          {"RS_KHDT", "Sở Kế hoạch và Đầu tư (kết quả)"}, {"RS_TC", "Sở Tài chính (kết quả)"}
        }) {
      app.asAdmin(
          "POST",
          "/api/units",
          "{\"code\":\"" + unit[0] + "\",\"nameVi\":\"" + unit[1] + "\",\"kind\":\"DEPARTMENT\"}");
    }
    PublishedCampaign campaign = PublishedCampaign.make(app, "RS_KHDT", "RS_TC");
    String decision =
        ",\"legalBasis\":{\"number\":\"45/NQ-HĐND\",\"issuedOn\":\"2025-02-18\","
            + "\"issuer\":\"Hội đồng nhân dân tỉnh\"}}";
    assertEquals(
        201,
        app.asAdmin(
                "POST",
                "/api/units/events",
                "{\"kind\":\"MERGE\",\"fromCodes\":[\"RS_KHDT\",\"RS_TC\"],\"toCodes\":[\"RS_TC\"],"
                    + "\"effectiveFrom\":\"2025-03-01\""
                    + decision)
            .statusCode());
    assertEquals(
        201,
        app.asAdmin(
                "POST",
                "/api/units/events",
                "{\"kind\":\"RENAME\",\"fromCodes\":[\"RS_TC\"],\"toCodes\":[\"RS_TC\"],"
                    + "\"effectiveFrom\":\"2025-04-01\",\"names\":{\"RS_TC\":"
                    + "{\"nameVi\":\"Sở Tài chính và Kế hoạch (kết quả)\"}}"
                    + decision)
            .statusCode());

    logIn(campaign.viewer(), PublishedCampaign.PASSWORD);
    changePassword(PublishedCampaign.PASSWORD, NEW_PASSWORD);
    open("/app/campaigns/results.xhtml?id=" + campaign.id() + "&unit=RS_TC");
    assertEquals(
        "RS_TC — Sở Tài chính (kết quả) (nay: Sở Tài chính và Kế hoạch (kết quả))",
        driver
            .findElement(By.cssSelector("tr[data-unit='RS_TC'] td:nth-child(2)"))
            .getText()
            .strip());
    assertEquals(
        "RS_KHDT — Sở Kế hoạch và Đầu tư (kết quả)",
        driver
            .findElement(By.cssSelector("tr[data-unit='RS_KHDT'] td:nth-child(2)"))
            .getText()
            .strip(),
        "the merged department keeps its name of 2023");
    String history = text("history").replaceAll("\\s+", " ");
    assertTrue(
        history.contains("RS_KHDT — Sở Kế hoạch và Đầu tư (kết quả) (đơn vị tiền thân) 95,00"),
        history);
    assertTrue(history.contains("RS_TC — Sở Tài chính (kết quả)"), history);
    assertTrue(history.contains("100,00"), history);
    screenshots("results-successor");

    var cloned =
        app.asAdmin(
            "POST",
            "/api/campaigns/" + campaign.id() + "/clone",
            "{\"name\":\"" + app.unique("Chỉ số CCHC các sở 2025") + "\",\"year\":2025}");
    assertEquals(201, cloned.statusCode(), cloned.body());
    assertTrue(cloned.body().contains("\"subjectUnitCodes\":[\"RS_TC\"]"), cloned.body());
  }

  private static String rankingCell(String unit, String css) {
    return driver
        .findElement(By.cssSelector("tr[data-unit='" + unit + "'] td." + css))
        .getText()
        .strip();
  }
}
