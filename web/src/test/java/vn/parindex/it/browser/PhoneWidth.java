package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * At 390 px, the width of a phone, a page scrolls down and never sideways: a table wider than the
 * screen scrolls inside its own box. A failure names the first elements that stick out.
 */
final class PhoneWidth {
  static final int PHONE = 390;

  private static final String STICKING_OUT =
      "var width = document.documentElement.clientWidth, out = [];"
          + " document.querySelectorAll('body *').forEach(function (e) {"
          + "   var r = e.getBoundingClientRect();"
          + "   if (r.right > width + 1 && r.width > 0 && e.offsetParent !== null) {"
          + "     out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right));"
          + "   }"
          + " });"
          + " return out.slice(0, 5).join(' | ');";

  private PhoneWidth() {}

  /** Fails when the page, in a window of {@link #PHONE} px, is wider than the window. */
  static void assertFits(WebDriver driver, String name) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    long width =
        ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
    assertTrue(
        width <= PHONE,
        name + " is " + width + " px wide at " + PHONE + " px: " + js.executeScript(STICKING_OUT));
  }
}
