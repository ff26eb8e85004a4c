package vn.parindex.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptPerChangeTest {
  private final KeptPerChange<Long, Long, String> kept = new KeptPerChange<>();
  private final AtomicInteger computed = new AtomicInteger();

  private String read(long key, long stamp) {
    return kept.get(key, stamp, () -> key + "@" + stamp + "#" + computed.incrementAndGet());
  }

  @Test
  void aValueIsComputedOncePerStamp() {
    assertEquals("7@1#1", read(7, 1));
    assertEquals("7@1#1", read(7, 1), "kept while nothing changed");
    assertEquals(1, computed.get());
  }

  @Test
  void aNewStampComputesAgainAndIsKeptInTurn() {
    read(7, 1);
    assertEquals("7@2#2", read(7, 2), "a change computes again");
    assertEquals("7@2#2", read(7, 2));
    assertEquals("7@1#3", read(7, 1), "a reader behind the change is not served the newer value");
    assertEquals(3, computed.get());
  }

  @Test
  void eachKeyKeepsItsOwnValue() {
    read(7, 1);
    assertEquals("8@1#2", read(8, 1));
    assertEquals("7@1#1", read(7, 1));
    assertEquals(2, computed.get());
  }
}
