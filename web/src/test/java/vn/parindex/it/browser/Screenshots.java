package vn.parindex.it.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser showed, kept under {@code target/screenshots} for a person to look at. */
final class Screenshots {
  /** The tallest picture kept: a long table's page is cut there. */
  private static final int MAX_HEIGHT = 4000;

  private Screenshots() {}

  /**
   * The page checked for accessibility, kept at 1366 px and at a phone's 390 px, where it must fit
   * without scrolling sideways.
   */
  static void atBothWidths(WebDriver driver, String name) {
    settle(driver);
    Accessibility.assertAccessible(driver, name);
    take(driver, name + "-1366");
    driver.manage().window().setSize(new Dimension(PhoneWidth.PHONE, 844));
    try {
      take(driver, name + "-390");
      PhoneWidth.assertFits(driver, name);
    } finally {
      driver.manage().window().setSize(new Dimension(1366, 900));
    }
  }

  /**
   * Waits, up to two seconds, for what is fading in or out to end: a dialog's mask caught halfway
   * lays a half-transparent grey over the page, and the accessibility check then measured the
   * contrast of a button under it (seen once in CI, as the leaf dialog opened).
   */
  private static void settle(WebDriver driver) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(2))
          .until(
              d ->
                  (Boolean)
                      ((JavascriptExecutor) d)
                          .executeScript(
                              "var running = document.getAnimations ? document.getAnimations()"
                                  + ".filter(function (a) { return a.playState === 'running'; })"
                                  + ".length : 0;"
                                  + " return running === 0"
                                  + " && !(window.jQuery && jQuery(':animated').length);"));
    } catch (TimeoutException e) {
      // An animation that does not end (a spinner) is the page's own: checked as it is.
    }
  }

  /** The whole page, not only what the window shows: the window is made as tall as the page. */
  static void take(WebDriver driver, String name) {
    Dimension window = driver.manage().window().getSize();
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Number page =
          (Number)
              ((JavascriptExecutor) driver)
                  .executeScript("return document.documentElement.scrollHeight");
      int height = Math.min(Math.max(page.intValue(), window.getHeight()), MAX_HEIGHT);
      driver.manage().window().setSize(new Dimension(window.getWidth(), height));
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + "-" + System.currentTimeMillis() + ".png"), png);
    } catch (IOException | RuntimeException e) {
      // The screenshot is a courtesy; the assertion that called it reports the failure.
    } finally {
      driver.manage().window().setSize(window);
    }
  }
}
