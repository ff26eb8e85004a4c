package vn.parindex.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.parindex.account.AccountService;
import vn.parindex.account.LoginResult;

/**
 * Basic credentials verified in the last few minutes, so that a script's every request does not pay
 * for PBKDF2 (about 90 ms of CPU, which bound the API to some 11 requests a second). The key is an
 * HMAC of username and password under a secret drawn at start, so the cache holds nothing a
 * password could be recovered from; an entry is used only while the account's credential stamp is
 * the one it was verified with, so a reset, a new role or disabling ends it at once, as it ends a
 * session. A failed password for the account drops its entries, so a lock is never bypassed.
 */
@ApplicationScoped
public class VerifiedCredentials {
  static final Duration LIFETIME = Duration.ofMinutes(5);
  static final int CAPACITY = 10_000;
  private static final String HMAC = "HmacSHA256";

  private final Map<String, Verified> entries = new ConcurrentHashMap<>();
  private final SecretKeySpec secret;

  @Inject AccountService accounts;
  @Inject Clock clock;

  public VerifiedCredentials() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    secret = new SecretKeySpec(key, HMAC);
  }

  /** The earlier successful check of exactly this username and password, if still good. */
  public Optional<LoginResult> find(String username, String password) {
    Verified verified = entries.get(key(username, password));
    if (verified == null) {
      return Optional.empty();
    }
    if (verified.expires().isBefore(clock.instant())
        || !accounts.sessionStillValid(username, verified.login().credentialStamp())) {
      entries.values().remove(verified);
      return Optional.empty();
    }
    return Optional.of(verified.login());
  }

  /** Keeps a successful check; anything else drops what is kept for the account. */
  public void remember(String username, String password, LoginResult login) {
    if (login.status() != LoginResult.Status.SUCCESS) {
      entries.values().removeIf(v -> v.login().username().equals(username));
      return;
    }
    if (entries.size() >= CAPACITY) {
      Instant now = clock.instant();
      entries.values().removeIf(v -> v.expires().isBefore(now));
      if (entries.size() >= CAPACITY) {
        // Full of live entries: start again rather than let a flood of accounts grow the heap.
        entries.clear();
      }
    }
    entries.put(key(username, password), new Verified(login, clock.instant().plus(LIFETIME)));
  }

  private String key(String username, String password) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(secret);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return java.util.HexFormat.of()
          .formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }

  private record Verified(LoginResult login, Instant expires) {}
}
