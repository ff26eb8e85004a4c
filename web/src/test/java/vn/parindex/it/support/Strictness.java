package vn.parindex.it.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when the machine lacks something it needs (chromium, PostgreSQL): on a
 * developer's machine it is skipped with the reason; with {@code -Dparindex.it.strict=true}, as
 * .ci/run sets it, it fails, so that CI can never pass by skipping.
 */
public final class Strictness {
  private Strictness() {}

  public static void require(boolean available, String what) {
    if (Boolean.getBoolean("parindex.it.strict")) {
      Assertions.assertTrue(available, what + " is required (parindex.it.strict=true)");
    } else {
      Assumptions.assumeTrue(available, what + " is not available here; test skipped");
    }
  }
}
