package vn.parindex.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.parindex.ranking.Result;

/**
 * Ranking documents drawn once per change of what they show. A ranking of 100 units with an
 * appendix each takes JasperReports 10 s, and at 50 readers the benchmark's PDF had no answer in 30
 * s. A document is kept under everything it is drawn from (the campaign, the format, the campaign's
 * name, its fields and the results and names the reader may see), so a score, an adjustment or a
 * publication that changes the results is a different document, drawn anew, and two readers who see
 * different results never share one; a Word document is kept under its template too (the SHA-256 of
 * the province's upload, empty for the product's own), so a new template is used at once. Readers
 * asking at once for one not yet drawn wait for the first to draw it. The results come from the
 * database on every request, so a change through another server of a cluster is seen too.
 */
@ApplicationScoped
public class DrawnRankings {
  /** Documents kept; past it, all but the one just asked for are forgotten (results changed). */
  static final int KEPT = 16;

  /**
   * Everything a ranking document is drawn from.
   *
   * @param template the Word template's SHA-256; empty for the product's own or another format
   */
  record Inputs(
      long campaignId,
      ReportFormat format,
      String campaignName,
      String author,
      List<Result> results,
      Map<String, String> names,
      Map<String, String> fields,
      String template) {}

  private final ConcurrentHashMap<Inputs, CompletableFuture<byte[]>> drawn =
      new ConcurrentHashMap<>();

  /** The document of {@code inputs}, drawn by {@code draw} unless kept. */
  byte[] document(Inputs inputs, Supplier<byte[]> draw) {
    CompletableFuture<byte[]> mine = new CompletableFuture<>();
    CompletableFuture<byte[]> kept = drawn.putIfAbsent(inputs, mine);
    if (kept != null) {
      return waitFor(kept);
    }
    if (drawn.size() > KEPT) {
      drawn.keySet().removeIf(k -> !k.equals(inputs));
    }
    try {
      mine.complete(draw.get());
    } catch (RuntimeException e) {
      // Not kept: the next reader tries again.
      drawn.remove(inputs, mine);
      mine.completeExceptionally(e);
      throw e;
    }
    return mine.join();
  }

  /** How many documents are kept, for the test of the bound. */
  int size() {
    return drawn.size();
  }

  private static byte[] waitFor(CompletableFuture<byte[]> drawing) {
    try {
      return drawing.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
