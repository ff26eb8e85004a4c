package vn.parindex.it.browser;

import static vn.parindex.it.browser.BrowserTest.byId;
import static vn.parindex.it.browser.BrowserTest.driver;
import static vn.parindex.it.browser.BrowserTest.wait;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Choosing in PrimeFaces' overlays the way a person does: a menu's item, a suggestion. */
final class Choices {
  private Choices() {}

  /**
   * Types {@code typed} into a p:autoComplete and picks the suggestion labelled {@code label} (no
   * apostrophe); the field then shows the label.
   */
  static void suggestion(String clientId, String typed, String label) {
    WebElement input = BrowserTest.find(clientId + "_input");
    input.clear();
    input.sendKeys(typed);
    By item = By.xpath("//*[@id='" + clientId + "_panel']//li[@data-item-label='" + label + "']");
    WebElement choice = wait.until(ExpectedConditions.elementToBeClickable(item));
    choice.click();
    wait.until(d -> label.equals(BrowserTest.find(clientId + "_input").getAttribute("value")));
  }

  /**
   * Picks an item (its label has no apostrophe) of a p:selectOneMenu. A choice made while the
   * overlay is still settling can miss, so it is made again, at most three times, until the menu
   * shows it.
   */
  static void fromMenu(String clientId, String label) {
    String panel = clientId + "_panel";
    By item = By.xpath("//div[@id='" + panel + "']//li[@data-label='" + label + "']");
    WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(5));
    for (int attempt = 1; ; attempt++) {
      if (!driver.findElement(byId(panel)).isDisplayed()) {
        BrowserTest.find(clientId).click();
      }
      wait.until(
          d ->
              (Boolean)
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "var p = jQuery(PrimeFaces.escapeClientId(arguments[0]));"
                              + " return p.is(':visible') && !p.is(':animated');",
                          panel));
      WebElement choice = wait.until(ExpectedConditions.elementToBeClickable(item));
      // A pointer click can land on the menubar when the overlay opens upwards over it, so the
      // item receives its click event directly.
      ((JavascriptExecutor) driver)
          .executeScript(
              "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", choice);
      try {
        shortWait.until(ExpectedConditions.textToBe(byId(clientId + "_label"), label));
        return;
      } catch (TimeoutException e) {
        if (attempt == 3) {
          BrowserTest.screenshot("menu-choice");
          throw e;
        }
      }
    }
  }
}
