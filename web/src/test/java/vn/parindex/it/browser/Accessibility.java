package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, Deque's accessibility engine, on the page the browser shows: every state a browser test
 * screenshots is checked, so every page is checked with the data its test set up.
 */
final class Accessibility {
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Accessibility() {}

  /**
   * The WCAG 2.1 A and AA rules: no violation of impact serious or critical. Each is named with up
   * to three of the elements it was found on.
   */
  static void assertAccessible(WebDriver driver, String name) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    List<String> violations =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .map(
                r ->
                    r.getId()
                        + " ("
                        + r.getImpact()
                        + "): "
                        + r.getNodes().stream().limit(3).map(n -> n.getHtml()).toList())
            .toList();
    assertEquals(List.of(), violations, name + ": axe-core finds these at WCAG 2.1 AA");
  }
}
