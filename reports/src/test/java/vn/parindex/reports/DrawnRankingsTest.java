package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.parindex.organisation.UnitKind;
import vn.parindex.ranking.Result;

/** Ranking documents are drawn once per change of what they show, and never shared wrongly. */
class DrawnRankingsTest {
  private final DrawnRankings drawn = new DrawnRankings();
  private final AtomicInteger draws = new AtomicInteger();

  private static DrawnRankings.Inputs inputs(String total) {
    Result stp =
        new Result(
            "STP",
            UnitKind.DEPARTMENT,
            new BigDecimal(total),
            BigDecimal.TEN,
            new BigDecimal(total).multiply(BigDecimal.TEN),
            1,
            null,
            "Tốt",
            List.of());
    return new DrawnRankings.Inputs(
        7,
        ReportFormat.PDF,
        "Chỉ số 2025",
        "Ủy ban nhân dân tỉnh Hà Tĩnh",
        List.of(stp),
        Map.of("STP", "Sở Tư pháp"),
        Map.of(),
        "");
  }

  private byte[] draw(String what) {
    draws.incrementAndGet();
    return what.getBytes();
  }

  @Test
  void theSameResultsAreDrawnOnceAndChangedResultsAgain() {
    byte[] first = drawn.document(inputs("8.5"), () -> draw("8,5"));
    byte[] again = drawn.document(inputs("8.5"), () -> draw("other"));
    assertArrayEquals(first, again);
    assertEquals(1, draws.get());

    byte[] changed = drawn.document(inputs("9.0"), () -> draw("9,0"));
    assertArrayEquals("9,0".getBytes(), changed, "an adjustment makes another document");
    assertEquals(2, draws.get());
  }

  @Test
  void aFailedDrawingIsNotKept() {
    assertThrows(
        IllegalStateException.class,
        () ->
            drawn.document(
                inputs("8.5"),
                () -> {
                  throw new IllegalStateException("font missing");
                }));
    assertArrayEquals("ok".getBytes(), drawn.document(inputs("8.5"), () -> draw("ok")));
  }

  @Test
  void readersAskingAtOnceWaitForOneDrawing() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<byte[]>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return drawn.document(
                      inputs("8.5"),
                      () -> {
                        sleep();
                        return draw("slow");
                      });
                }));
      }
      start.countDown();
      for (Future<byte[]> answer : answers) {
        assertArrayEquals("slow".getBytes(), answer.get(10, TimeUnit.SECONDS));
      }
      assertEquals(1, draws.get(), "one drawing for eight readers");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void manyChangesKeepABoundedNumber() {
    for (int i = 0; i < 3 * DrawnRankings.KEPT; i++) {
      String total = String.valueOf(i);
      drawn.document(inputs(total), () -> draw(total));
    }
    assertTrue(drawn.size() <= DrawnRankings.KEPT + 1, drawn.size() + " kept");
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
