package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The workspace page, on a rule-scored leaf: what the dialog shows is what is stored. 7.3.4 of the
 * sample framework is BANDS 100:1;80:0.5 of 1,5 points, so 95% gives 0,75; another figure is an
 * explicit override with its reason, marked in the tree; a percentage over 100 is refused at its
 * field.
 */
class WorkspaceRulesIT extends BrowserTest {
  private static final String CAMPAIGN = "Tự đánh giá năm 2023 (quy tắc chấm)";
  private static final String PASSWORD = "QuyTac2023!";

  @Test
  void theStoredScoreIsTheRulesUnlessOverriddenWithAReason() throws IOException {
    long campaign = app.openSampleCampaign(CAMPAIGN, "2099-12-31");
    app.createAccount("vp.quytac", "Lương Văn Quy Tắc", "VPUBND", "UNIT_OFFICER", PASSWORD);
    logIn("vp.quytac", PASSWORD);
    changePassword(PASSWORD, "QuyTac2024!");
    open("/app/campaigns/workspace.xhtml?id=" + campaign + "&unit=VPUBND");

    openLeaf("7.3.4");
    typeNumber("leafForm:value", "150");
    find("leafForm:value_input").sendKeys(Keys.TAB);
    waitForAjax();
    clickAndWaitForAjax(byId("leafForm:saveScore"));
    assertShown("Tỷ lệ phải từ 0 đến 100%; đã nhập 150.");
    assertTrue(
        text("leafForm").contains("Tỷ lệ phải từ 0 đến 100%"), "the message stands at the field");

    typeNumber("leafForm:value", "95");
    find("leafForm:value_input").sendKeys(Keys.TAB);
    waitForAjax();
    assertEquals("0,75", text("leafForm:rulePoints"), "the rule's points before saving");
    assertEquals("95% ≥ 80% → 0,5 × 1,5 = 0,75 điểm", text("leafForm:ruleExplanation"));
    screenshots("leaf-rule-points");
    clickAndWaitForAjax(byId("leafForm:saveScore"));
    assertShown("Đã lưu điểm tiêu chí 7.3.4.");
    closeDialog();
    assertEquals("0,75", rowCell("7.3.4", ".self-score"));

    openLeaf("7.3.4");
    clickAndWaitForAjax(By.cssSelector("[id='leafForm:override'] .ui-chkbox-box"));
    typeNumber("leafForm:selfScore", "1,5");
    clickAndWaitForAjax(byId("leafForm:saveScore"));
    assertShown("Điểm tự chấm 1,5 khác điểm theo quy tắc 0,75");
    type("leafForm:overrideReason", "Tỷ lệ theo số liệu Cục Thống kê là 100%");
    type("leafForm:reason", "Cập nhật số liệu chính thức");
    clickAndWaitForAjax(byId("leafForm:saveScore"));
    assertShown("Đã lưu điểm tiêu chí 7.3.4.");
    closeDialog();
    assertEquals("1,5", rowCell("7.3.4", ".self-score"));
    assertEquals(
        "Điểm nhập khác quy tắc: Tỷ lệ theo số liệu Cục Thống kê là 100%",
        rowElement("7.3.4").findElement(By.cssSelector(".override-mark")).getAttribute("title"));
    screenshots("workspace-override");

    HttpResponse<String> stored =
        app.asAdmin(
            "GET", "/api/campaigns/" + campaign + "/subjects/UBND/scores/7.3.4/history", null);
    assertTrue(stored.body().contains("Tỷ lệ theo số liệu Cục Thống kê là 100%"), stored.body());
  }

  private static WebElement rowElement(String code) {
    return driver.findElement(
        By.xpath(
            "//tbody[@id='leavesForm:leaves_data']/tr[td//span[@class='leaf-code' and text()='"
                + code
                + "']]"));
  }

  private static String rowCell(String code, String css) {
    return rowElement(code).findElement(By.cssSelector(css)).getText();
  }
}
