package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.parindex.it.support.RunningApp;
import vn.parindex.it.support.Strictness;

/**
 * A person at a browser: Debian's headless chromium against the running app. Helpers wait for the
 * page or for PrimeFaces' AJAX queue to finish, never for a fixed time.
 */
abstract class BrowserTest {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  static RunningApp app;
  static WebDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void openBrowser() throws IOException {
    Strictness.require(
        new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
        "Debian chromium and chromium-driver");
    app = RunningApp.get();
    Path profile = Files.createTempDirectory("parindex-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=vi",
        "--window-size=1366,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  @AfterAll
  static void closeBrowser() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  static void open(String path) {
    driver.get(app.url(path));
    waitForPage();
  }

  static WebElement find(String cssId) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(byId(cssId)));
  }

  /** PrimeFaces client ids contain ':', which CSS needs escaped. */
  static By byId(String clientId) {
    return By.cssSelector("#" + clientId.replace(":", "\\:"));
  }

  static void type(String clientId, String text) {
    WebElement input = find(clientId);
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Types a date into a p:datePicker's input, replacing what it holds: select all and type, as a
   * person does (a plain clear is undone by the picker once the field was re-rendered).
   */
  static void typeDate(String clientId, String ddMMyyyy) {
    WebElement input = find(clientId + "_input");
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), ddMMyyyy);
  }

  /** Searches a lazy table through its search box, as a person types and presses Enter. */
  static void searchTable(String tableClientId, String words) {
    WebElement before = find(tableClientId + "_data");
    List<WebElement> rowsBefore = before.findElements(By.tagName("tr"));
    type(tableClientId + ":globalFilter", words);
    find(tableClientId + ":globalFilter").sendKeys(Keys.ENTER);
    // The filter is sent after a delay (PrimeFaces' filterDelay), so an AJAX queue found empty at
    // once says nothing: wait until the rows read before are replaced, or a few seconds when the
    // search asks for what is shown already.
    if (!rowsBefore.isEmpty()) {
      try {
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .until(ExpectedConditions.stalenessOf(rowsBefore.get(0)));
      } catch (TimeoutException e) {
        // Nothing was replaced: the table already showed what was searched.
      }
    }
    waitForSettledRows(tableClientId);
  }

  /**
   * Waits until a table's rows stay as they are for longer than PrimeFaces' filter delay: the key
   * typed and the Enter may each send the search, and a click between the two answers lands on a
   * row the second one replaces.
   */
  private static void waitForSettledRows(String tableClientId) {
    for (int attempt = 0; attempt < 10; attempt++) {
      waitForAjax();
      List<WebElement> rows = find(tableClientId + "_data").findElements(By.tagName("tr"));
      if (rows.isEmpty()) {
        return;
      }
      try {
        new WebDriverWait(driver, Duration.ofMillis(600))
            .until(ExpectedConditions.stalenessOf(rows.get(0)));
      } catch (TimeoutException e) {
        waitForAjax();
        return;
      }
    }
  }

  /** Replaces what a p:inputNumber holds: its formatter ignores a plain clear. */
  static void typeNumber(String clientId, String text) {
    WebElement input = find(clientId + "_input");
    // Focused directly: a menu's overlay that is still closing may lie over the field.
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
  }

  /** Picks an item (its label has no apostrophe) of a p:selectOneMenu; see {@link Choices}. */
  static void chooseFromMenu(String clientId, String label) {
    Choices.fromMenu(clientId, label);
  }

  /** Types into a p:autoComplete and picks a suggestion; see {@link Choices}. */
  static void chooseSuggestion(String clientId, String typed, String label) {
    Choices.suggestion(clientId, typed, label);
  }

  /**
   * Ticks values of a p:selectCheckboxMenu through its widget, as ticking them in its panel does.
   */
  static void chooseMany(String clientId, String... values) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "var menu = PrimeFaces.getWidgetById(arguments[0]);"
                + " arguments[1].forEach(function (v) { menu.selectValue(v); });",
            clientId,
            List.of(values));
  }

  static String text(String clientId) {
    return find(clientId).getText();
  }

  /**
   * Clicks something that loads a new page (a non-AJAX button, a link) and waits for the new
   * document: the marker set on the old window is gone once the browser has replaced it.
   */
  static void clickAndWaitForPage(String clientId) {
    ((JavascriptExecutor) driver).executeScript("window.parindexOldPage = true;");
    wait.until(ExpectedConditions.elementToBeClickable(byId(clientId))).click();
    wait.ignoring(WebDriverException.class)
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return window.parindexOldPage === undefined"
                                + " && document.readyState === 'complete';"));
  }

  /**
   * Clicks an irreversible step's button, checks that the confirmation says what it locks, and
   * answers yes; then waits for the new page.
   */
  static void clickConfirmAndWaitForPage(String clientId, String warning) {
    wait.until(ExpectedConditions.elementToBeClickable(byId(clientId))).click();
    assertShown(warning);
    clickAndWaitForPage("confirmForm:confirmYes");
  }

  /** The same for a step sent by AJAX. */
  static void clickConfirmAndWaitForAjax(String clientId, String warning) {
    clickAndWaitForAjax(byId(clientId));
    assertShown(warning);
    clickAndWaitForAjax(byId("confirmForm:confirmYes"));
  }

  /** Clicks something that sends PrimeFaces AJAX, and waits until every response is applied. */
  static void clickAndWaitForAjax(By target) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
    waitForAjax();
  }

  /**
   * Keeps the page as a desk and a phone show it (1366 and 390 px wide), for the person who looks
   * at the pages a change touched; fails when axe-core finds a serious violation or the page does
   * not fit the phone.
   */
  static void screenshots(String name) {
    Screenshots.atBothWidths(driver, name);
  }

  /** Keeps what the browser showed, for the person reading a failed build. */
  static void screenshot(String name) {
    Screenshots.take(driver, name);
  }

  static void waitForAjax() {
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces"
                            + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery ||"
                            + " jQuery.active === 0);"));
  }

  static void waitForPage() {
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  static String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Waits until the page shows the text; fails with what the page shows instead. */
  static void assertShown(String expected) {
    try {
      wait.until(d -> pageText().contains(expected));
    } catch (TimeoutException e) {
      screenshot("missing-text");
      fail(
          "Expected \""
              + expected
              + "\" on "
              + driver.getCurrentUrl()
              + " but the page shows:\n"
              + pageText());
    }
  }

  static void logIn(String username, String password) {
    open("/login.xhtml");
    type("loginForm:username", username);
    type("loginForm:password", password);
    clickAndWaitForPage("loginForm:submit");
  }

  static void logOut() {
    clickAndWaitForPage("userForm:logout");
  }

  /** Sets a new password on the page a person with an issued password is sent to. */
  static void changePassword(String current, String replacement) {
    type("passwordForm:current", current);
    type("passwordForm:replacement", replacement);
    type("passwordForm:confirmation", replacement);
    clickAndWaitForPage("passwordForm:submit");
  }

  /** From the menu to one campaign's page. */
  static void openCampaignPage(String name) {
    clickAndWaitForPage("menuForm:navCampaigns");
    driver.findElement(By.linkText(name)).click();
    waitForPage();
  }

  /**
   * Opens the leaf dialog of the workspace on one criterion, finding it by its code as an officer
   * would when it is not in the field shown.
   */
  static void openLeaf(String code) {
    By open = By.cssSelector("button[id$=':open'][title='" + code + "']");
    if (driver.findElements(open).isEmpty()) {
      type("leavesForm:search", code);
      clickAndWaitForAjax(byId("leavesForm:find"));
    }
    clickAndWaitForAjax(open);
    wait.until(d -> find("leafDialog").isDisplayed());
  }

  /** What the workspace's tree shows as a field's or criterion's total. */
  static String branchScore(String code) {
    return driver
        .findElement(
            By.xpath(
                "//tbody[@id='leavesForm:leaves_data']/tr[td//span[@class='branch-code' and"
                    + " text()='"
                    + code
                    + "']]//span[@class='branch-score']"))
        .getText()
        .strip();
  }

  static void closeDialog() {
    clickAndWaitForAjax(By.cssSelector("#leafDialog .ui-dialog-titlebar-close"));
    wait.until(d -> !find("leafDialog").isDisplayed());
    wait.until(ExpectedConditions.invisibilityOfElementLocated(byId("leafDialog_modal")));
  }

  /** Fetches a link in the page's own session, as a click would. */
  static Fetched download(String href) {
    return Fetched.of(driver, href);
  }

  /** The text of a PDF a link gives, its lines joined by single spaces. */
  static String pdfText(String href) {
    return download(href).pdfText(href);
  }

  /**
   * Downloads a report of the reports page in each format, by its links in the element {@code #id},
   * checks each is the file it claims, and gives the PDF's text.
   */
  static String downloadReport(String id) {
    for (String format : List.of("docx", "xlsx")) {
      download(link("#" + id + " .download-" + format)).assertOfficeFile(id + " " + format);
    }
    return pdfText(link("#" + id + " .download-pdf"));
  }

  /** The text of a report of the reports page downloaded as Word, read back with POI. */
  static String docxText(String id) {
    return download(link("#" + id + " .download-docx")).docxText(id);
  }

  /** Shows a report's preview in the page's frame and gives the frame's text. */
  static String preview(String id) {
    driver.findElement(By.cssSelector("#" + id + " .preview")).click();
    driver.switchTo().frame("reportPreview");
    try {
      wait.until(d -> !d.findElement(By.tagName("body")).getText().isBlank());
      return driver.findElement(By.tagName("body")).getText();
    } finally {
      driver.switchTo().defaultContent();
    }
  }

  private static String link(String css) {
    return driver.findElement(By.cssSelector(css)).getAttribute("href");
  }
}
