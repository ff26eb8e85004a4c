package vn.parindex.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.parindex.ranking.Result;
import vn.parindex.ranking.adapter.ResultsJson;

/**
 * A campaign's live results, computed once per change rather than once per request: Sở Nội vụ and
 * the appraisers read them on every page, and computing them reads every score and appraisal of the
 * campaign. Each is kept with the stamp of what it was computed from (see {@link Stamp}); a reader
 * whose stamp differs computes them again. The stamp is read from the database on every request, so
 * a change made through another server of a cluster is seen as well.
 */
@ApplicationScoped
public class ResultsCache {
  /**
   * What a campaign's results depend on: the campaign's version (its subjects, caps and bands) and
   * the head of its audit chain (every score, appraisal, survey score and adjustment appends to
   * it), and the same of the previous campaign, whose ranks are shown beside.
   */
  public record Stamp(long version, long auditSeq, long previousVersion, long previousAuditSeq) {}

  private record Entry(Stamp stamp, List<Result> results, String[] json) {}

  private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

  /** The results of {@code campaignId} as of {@code stamp}, computed when not kept for it. */
  public List<Result> results(long campaignId, Stamp stamp, Supplier<List<Result>> compute) {
    return entry(campaignId, stamp, compute).results();
  }

  /** The same as JSON, written once per computation. */
  public String json(long campaignId, Stamp stamp, Supplier<List<Result>> compute) {
    Entry e = entry(campaignId, stamp, compute);
    synchronized (e.json()) {
      if (e.json()[0] == null) {
        e.json()[0] = ResultsJson.write(e.results());
      }
      return e.json()[0];
    }
  }

  private Entry entry(long campaignId, Stamp stamp, Supplier<List<Result>> compute) {
    Entry kept = entries.get(campaignId);
    if (kept != null && kept.stamp().equals(stamp)) {
      return kept;
    }
    Entry fresh = new Entry(stamp, List.copyOf(compute.get()), new String[1]);
    entries.put(campaignId, fresh);
    return fresh;
  }
}
