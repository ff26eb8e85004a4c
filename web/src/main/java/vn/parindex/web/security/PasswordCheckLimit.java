package vn.parindex.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many failed password checks (PBKDF2, the costly part of a Basic request not yet verified) one
 * client address may cause: a bucket of {@link #BURST} that refills {@link #PER_SECOND} a second. A
 * check takes its token before it runs, so a thousand guesses sent at once cannot all pass, and a
 * check that succeeds gives it back: a script's first request with right credentials costs nothing,
 * and its next ones are served from {@link VerifiedCredentials}. A client that sprays guesses or
 * unknown names cannot take the server's CPU from everyone else, whatever the accounts' own lockout
 * says.
 */
@ApplicationScoped
public class PasswordCheckLimit {
  static final int BURST = 60;
  static final int PER_SECOND = 2;
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

  /** Gives back the token of a check that succeeded. */
  public void refund(String client) {
    Bucket bucket = buckets.get(client);
    if (bucket != null) {
      bucket.refund();
    }
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

    synchronized void refund() {
      milliTokens = Math.min(BURST * 1000L, milliTokens + 1000);
    }

    synchronized boolean fullAt(long now) {
      return milliTokens + (now - last) * PER_SECOND >= BURST * 1000L;
    }
  }
}
