package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The workspace page finds the work: it opens on the first field with a leaf not scored, says how
 * many are left and how many days remain, finds a leaf by words typed without tone marks in any
 * field, and its filters look in every field while a criterion's total stays the total of all its
 * leaves; "Lưu và tiếp" saves and opens the next leaf of the list. A keyboard reaches the first
 * leaf's button past the skip link in a few Tabs, and Tab stays inside the open leaf's dialog. Văn
 * phòng UBND tỉnh leads 1.6 and 1.7 of field 1 in the sample framework; both are scored through the
 * API first, so the page opens on field 3.
 */
class WorkspacePickerPageIT extends BrowserTest {
  /** Tabs after the skip link within which the first "Chấm điểm" must be reached. */
  private static final int KEYBOARD_PATH = 25;

  private static final Pattern PROGRESS =
      Pattern.compile(
          "Còn (\\d+) / (\\d+) tiêu chí chưa chấm · Hạn tự đánh giá 31/12/2099 \\(còn ([\\d.]+) ngày\\)");

  @Test
  void theOfficerPicksUpWhereTheWorkIsLeftAndFindsLeavesAnywhere() throws IOException {
    long campaign = aCampaignWithTwoLeavesScored("vp.tim");
    logIn("vp.tim", "TimKiem2024!");
    open("/app/campaigns/workspace.xhtml?id=" + campaign + "&unit=VPUBND");

    String firstTotal = text("selfTotal").strip();
    Matcher progress = PROGRESS.matcher(text("progress").strip());
    assertTrue(progress.matches(), text("progress"));
    int left = Integer.parseInt(progress.group(1));
    assertEquals(Integer.parseInt(progress.group(2)) - 2, left, "two of the leaves are scored");
    long days =
        ChronoUnit.DAYS.between(
            LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")), LocalDate.of(2099, 12, 31));
    assertEquals(days, Long.parseLong(progress.group(3).replace(".", "")), "grouped as 26.691");
    assertTrue(
        text("leavesForm:field_label").startsWith("3. Cải cách thủ tục hành chính — 0/"),
        text("leavesForm:field_label"));
    assertTrue(leavesShown().stream().allMatch(c -> c.startsWith("3.")), leavesShown().toString());
    screenshots("workspace-field");
    assertFitsAPhone();

    type("leavesForm:search", "ty le ho so xu ly truc tuyen");
    clickAndWaitForAjax(byId("leavesForm:find"));
    assertEquals(List.of("7.3.3"), leavesShown(), "words without tone marks, in another field");
    assertTrue(text("leavesForm:searchNote").contains("mọi lĩnh vực"));

    type("leavesForm:search", "");
    clickAndWaitForAjax(byId("leavesForm:find"));
    clickAndWaitForAjax(
        By.xpath("//*[@id='leavesForm:filter']//label[normalize-space()='Chưa chấm']"));
    List<String> unscored = leavesShown();
    assertEquals(left, unscored.size(), unscored.toString());
    assertTrue(unscored.contains("8.1") && !unscored.contains("1.6"), unscored.toString());
    screenshots("workspace-unscored");

    openLeaf("3.2.1");
    type("leafForm:value_input", "80");
    clickAndWaitForAjax(byId("leafForm:saveNext"));
    assertShown("Đã lưu điểm tiêu chí 3.2.1.");
    assertTrue(
        text("leafDialog_title").startsWith("3.2.2 — "), "'Lưu và tiếp' opens the next leaf");
    screenshots("workspace-save-next");
    assertEquals("—", text("leafForm:coordinating"), "no coordinating unit: a dash, not []");
    assertDialogFitsAPhone();
    closeDialog();
    assertEquals(left - 1, leavesShown().size(), "3.2.1 scored leaves the 'Chưa chấm' list");

    clickAndWaitForAjax(
        By.xpath("//*[@id='leavesForm:filter']//label[normalize-space()='Tất cả']"));
    chooseFromMenu("leavesForm:field", menuLabel("1."));
    waitForAjax();
    assertEquals(List.of("1.6", "1.7"), leavesShown());
    assertEquals(
        firstTotal,
        branchScore("1"),
        "field 1 held the unit's only scored leaves at first: its total is the unit's total then");
  }

  @Test
  void aRuleIsSaidInWordsAndPassOrFailIsAToggle() throws IOException {
    long campaign = aCampaignWithTwoLeavesScored("vp.dung");
    logIn("vp.dung", "TimKiem2024!");
    open("/app/campaigns/workspace.xhtml?id=" + campaign + "&unit=VPUBND&field=1");
    openLeaf("1.6");
    String hint = driver.findElement(By.cssSelector("#leafForm .field-hint")).getText();
    assertEquals(
        "Từ 100% trở lên: 2 điểm; từ 90%: 1,5 điểm; từ 80%: 1 điểm; dưới 80%: 0 điểm", hint);
    assertTrue(!pageText().contains("100:1"), "the parameter text is never shown");
    closeDialog();

    openLeaf("1.7");
    assertEquals("—", text("previous"), "no score last year: a dash, not a blank");
    WebElement achieved =
        driver.findElement(By.cssSelector("[id='leafForm:achieved'] li:first-child"));
    assertEquals("Đạt", achieved.getText());
    assertTrue(achieved.findElement(By.tagName("input")).isSelected(), "stored 1: Đạt");
    clickAndWaitForAjax(
        By.xpath("//*[@id='leafForm:achieved']//label[normalize-space()='Không đạt']"));
    assertEquals("Không đạt → 0 điểm", text("leafForm:ruleExplanation"));
    screenshots("workspace-pass-fail");
    clickAndWaitForAjax(byId("leafForm:save"));
    assertShown("Đã lưu điểm tiêu chí 1.7.");
    closeDialog();
    assertEquals(
        "0",
        driver
            .findElement(
                By.xpath(
                    "//tbody[@id='leavesForm:leaves_data']/tr[td//span[@class='leaf-code' and"
                        + " text()='1.7']]//span[contains(@class,'self-score')]"))
            .getText()
            .strip());
  }

  @Test
  void aKeyboardReachesTheFirstLeafAndStaysInItsDialog() throws IOException {
    long campaign = aCampaignWithTwoLeavesScored("vp.phim");
    logIn("vp.phim", "TimKiem2024!");
    open("/app/campaigns/workspace.xhtml?id=" + campaign + "&unit=VPUBND");
    WebElement first = driver.findElements(By.cssSelector("button[id$=':open']")).get(0);

    press(Keys.TAB);
    assertEquals("Bỏ qua, đến nội dung chính", driver.switchTo().activeElement().getText());
    press(Keys.ENTER);
    int presses = 0;
    while (!driver.switchTo().activeElement().equals(first) && presses < KEYBOARD_PATH) {
      press(Keys.TAB);
      presses++;
    }
    System.out.printf("[keyboard] first 'Chấm điểm' after the skip link and %d Tabs%n", presses);
    assertTrue(presses < KEYBOARD_PATH, "the first leaf is not reached in " + KEYBOARD_PATH);

    press(Keys.ENTER);
    waitForAjax();
    wait.until(d -> find("leafDialog").isDisplayed());
    for (int i = 0; i < 30; i++) {
      press(Keys.TAB);
      assertTrue(
          (Boolean)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "return document.getElementById('leafDialog')"
                          + ".contains(document.activeElement);"),
          "Tab " + (i + 1) + " left the open dialog");
    }
  }

  private static void press(Keys key) {
    new Actions(driver).sendKeys(key).perform();
  }

  /** The sample campaign with 1.6 and 1.7 of Văn phòng UBND tỉnh scored through the API. */
  private static long aCampaignWithTwoLeavesScored(String officer) throws IOException {
    long campaign =
        app.openSampleCampaign(app.unique("Tự đánh giá năm 2023 (tìm tiêu chí)"), "2099-12-31");
    app.createApiAccount(officer, "Phan Thị Tìm", "VPUBND", "UNIT_OFFICER", "TimKiem2024!");
    for (String node : List.of("1.6", "1.7")) {
      HttpResponse<String> scored =
          app.send(
              "PUT",
              "/api/campaigns/" + campaign + "/subjects/UBND/scores/" + node,
              "{\"value\":1}",
              officer,
              "TimKiem2024!");
      assertEquals(200, scored.statusCode(), scored.body());
    }
    return campaign;
  }

  /** At 390 px the page scrolls down, never sideways. */
  private static void assertFitsAPhone() {
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      long width =
          (Long)
              ((JavascriptExecutor) driver)
                  .executeScript("return document.documentElement.scrollWidth;");
      assertTrue(width <= 390, "the page is " + width + " px wide at 390 px");
      assertTrue(
          driver.findElement(By.cssSelector(".workspace-tree td:nth-child(2)")).isDisplayed());
    } finally {
      driver.manage().window().setSize(new Dimension(1366, 900));
    }
  }

  /** At 390 px the open leaf's dialog lies within the screen. */
  private static void assertDialogFitsAPhone() {
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      waitForAjax();
      long right =
          ((Number)
                  ((JavascriptExecutor) driver)
                      .executeScript(
                          "return Math.ceil(document.getElementById('leafDialog')"
                              + ".getBoundingClientRect().right);"))
              .longValue();
      assertTrue(right <= 390, "the dialog ends at " + right + " px on a 390 px screen");
    } finally {
      driver.manage().window().setSize(new Dimension(1366, 900));
    }
  }

  private static List<String> leavesShown() {
    return driver.findElements(By.cssSelector("#leavesForm\\:leaves .leaf-code")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The menu's label of a field, as the page wrote it. */
  private static String menuLabel(String prefix) {
    return driver.findElements(By.cssSelector("[id='leavesForm:field_input'] option")).stream()
        .map(o -> o.getAttribute("textContent"))
        .filter(l -> l != null && l.startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }
}
