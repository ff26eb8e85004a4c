package vn.parindex.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many password checks (PBKDF2, the costly part of a Basic request not yet verified) one client
 * address may ask for: a bucket of {@link #BURST} that refills {@link #PER_SECOND} a second. A
 * script that keeps its credentials is served from {@link VerifiedCredentials} and never meets the
 * limit; a client that sprays guesses or unknown names cannot take the server's CPU from everyone
 * else, whatever the accounts' own lockout says.
 */
@ApplicationScoped
public class PasswordCheckLimit {
  static final int BURST = 30;
  static final int PER_SECOND = 10;
  private static final int MAX_CLIENTS = 10_000;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  @Inject Clock clock;

  /** Takes one check from the client's bucket: false when it is empty. */
  public boolean take(String client) {
    long now = clock.millis();
    if (buckets.size() >= MAX_CLIENTS) {
      buckets.values().removeIf(b -> b.fullAt(now));
    }
    return buckets.computeIfAbsent(client, c -> new Bucket(now)).take(now);
  }

  /** Tokens counted in thousandths, so that refilling by elapsed milliseconds stays exact. */
  private static final class Bucket {
    private long milliTokens = BURST * 1000L;
    private long last;

    Bucket(long now) {
      last = now;
    }

    synchronized boolean take(long now) {
      milliTokens = Math.min(BURST * 1000L, milliTokens + (now - last) * PER_SECOND);
      last = now;
      if (milliTokens < 1000) {
        return false;
      }
      milliTokens -= 1000;
      return true;
    }

    synchronized boolean fullAt(long now) {
      return milliTokens + (now - last) * PER_SECOND >= BURST * 1000L;
    }
  }
}
