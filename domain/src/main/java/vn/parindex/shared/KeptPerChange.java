package vn.parindex.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A value per key computed once per change of what it is computed from: each value is kept with the
 * stamp it was computed under, and a reader with another stamp computes it again. The stamp is read
 * by the caller from the database on every request, so a change made through another server of a
 * cluster is seen as well; nothing here expires by time. Two readers with a new stamp may both
 * compute: the later one's value is kept, and both are right for their stamp.
 *
 * @param <K> what a value belongs to (a campaign's id)
 * @param <S> what it was computed from (a record of versions; compared with equals)
 * @param <V> the value, which must not be changed once kept
 */
public final class KeptPerChange<K, S, V> {
  private record Entry<S, V>(S stamp, V value) {}

  private final Map<K, Entry<S, V>> entries = new ConcurrentHashMap<>();

  /** The value of {@code key} as of {@code stamp}, computed by {@code compute} when not kept. */
  public V get(K key, S stamp, Supplier<V> compute) {
    Entry<S, V> kept = entries.get(key);
    if (kept != null && kept.stamp().equals(stamp)) {
      return kept.value();
    }
    V fresh = compute.get();
    entries.put(key, new Entry<>(stamp, fresh));
    return fresh;
  }
}
