package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * No crash pages: switching language on every page that carries an id keeps its subject, and what
 * does not exist or is not one's own is a 404 or 403 page in the reader's language, saying what
 * happened and linking back.
 */
class ErrorPagesIT extends BrowserTest {
  private static final String PASSWORD = "LoiTrang2023!";

  @Test
  void switchingLanguageKeepsThePageAndItsSubject() throws IOException {
    long campaign = app.openSampleCampaign("Tự đánh giá năm 2023 (ngôn ngữ)", "2099-12-31");
    app.createAccount("snv.ngonngu", "Lê Văn Ngôn Ngữ", "SNV", "COORDINATOR", PASSWORD);
    logIn("snv.ngonngu", PASSWORD);
    changePassword(PASSWORD, "LoiTrang2024!");
    Map<String, String> pages =
        Map.of(
            "/app/campaigns/view.xhtml?id=" + campaign, "Campaign",
            "/app/campaigns/workspace.xhtml?id=" + campaign + "&unit=VPUBND",
                "Unit self-assessment",
            "/app/campaigns/consolidation.xhtml?id=" + campaign, "Consolidated self-assessment",
            "/app/campaigns/reports.xhtml?id=" + campaign, "Reports",
            "/app/frameworks/tree.xhtml?id=" + app.sampleFrameworkId(), "Criteria tree");
    for (Map.Entry<String, String> page : pages.entrySet()) {
      open(page.getKey());
      clickAndWaitForPage("userForm:langEn");
      String heading = driver.findElement(By.tagName("h1")).getText();
      assertTrue(heading.startsWith(page.getValue()), page.getKey() + " shows " + heading);
      String query = page.getKey().substring(page.getKey().indexOf('?') + 1);
      assertTrue(driver.getCurrentUrl().contains(query.split("&")[0]), driver.getCurrentUrl());
      assertFalse(pageText().contains("Something went wrong"), page.getKey());
      clickAndWaitForPage("userForm:langVi");
      assertFalse(pageText().contains("Đã xảy ra lỗi"), page.getKey());
    }
  }

  @Test
  void missingAndForeignPagesSayWhatHappened() throws IOException {
    long campaign = app.openSampleCampaign("Tự đánh giá năm 2023 (trang lỗi)", "2099-12-31");
    app.createAccount("vp.loitrang", "Vũ Thị Lỗi Trang", "VPUBND", "UNIT_OFFICER", PASSWORD);
    logIn("vp.loitrang", PASSWORD);
    changePassword(PASSWORD, "LoiTrang2024!");

    open("/app/campaigns/view.xhtml?id=987654");
    assertEquals("Không tìm thấy trang", driver.findElement(By.tagName("h1")).getText());
    assertEquals("Không tìm thấy đợt đánh giá 987654.", text("errorDetail"));
    assertTrue(find("backCampaigns").isDisplayed(), "a way back");
    screenshots("error-404");

    open("/app/campaigns/workspace.xhtml?id=" + campaign + "&unit=STP");
    assertEquals("Không có quyền truy cập", driver.findElement(By.tagName("h1")).getText());
    assertFalse(pageText().contains("Đã xảy ra lỗi"));

    open("/app/admin/accounts.xhtml");
    assertEquals("Không có quyền truy cập", driver.findElement(By.tagName("h1")).getText());

    open("/app/campaigns/view.xhtml?id=" + campaign);
    clickAndWaitForPage("userForm:langEn");
    open("/app/campaigns/consolidation.xhtml?id=987654");
    assertEquals("Page not found", driver.findElement(By.tagName("h1")).getText());
    assertEquals("Campaign 987654 was not found.", text("errorDetail"));
    clickAndWaitForPage("backHome");
    assertEquals("Home", text("menuForm:navHome"));
  }
}
