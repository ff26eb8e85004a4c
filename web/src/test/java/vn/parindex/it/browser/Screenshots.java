package vn.parindex.it.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** What the browser showed, kept under {@code target/screenshots} for a person to look at. */
final class Screenshots {
  private Screenshots() {}

  /**
   * The page checked for accessibility, kept at 1366 px and at a phone's 390 px, where it must fit
   * without scrolling sideways.
   */
  static void atBothWidths(WebDriver driver, String name) {
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

  static void take(WebDriver driver, String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + "-" + System.currentTimeMillis() + ".png"), png);
    } catch (IOException | RuntimeException e) {
      // The screenshot is a courtesy; the assertion that called it reports the failure.
    }
  }
}
