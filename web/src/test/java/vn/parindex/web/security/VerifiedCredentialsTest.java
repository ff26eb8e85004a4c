package vn.parindex.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.account.AccountService;
import vn.parindex.account.LoginResult;
import vn.parindex.account.Role;

class VerifiedCredentialsTest {
  private static final String USER = "stp.daumoi";
  private static final String PASSWORD = "TuPhap@Ha-Tinh-2022";

  private final PasswordCheckLimitTest.MovableClock clock =
      new PasswordCheckLimitTest.MovableClock();
  private final Accounts accounts = new Accounts();
  private final VerifiedCredentials cache = new VerifiedCredentials();

  VerifiedCredentialsTest() {
    cache.clock = clock;
    cache.accounts = accounts;
  }

  @Test
  void aVerifiedPasswordIsKnownAgainButNoOtherPassword() {
    cache.remember(USER, PASSWORD, success());
    assertEquals(USER, cache.find(USER, PASSWORD).orElseThrow().username());
    assertTrue(cache.find(USER, PASSWORD + "x").isEmpty());
    assertTrue(cache.find("stp.lanhdao", PASSWORD).isEmpty());
  }

  @Test
  void aResetOrDisablingEndsItAtOnce() {
    cache.remember(USER, PASSWORD, success());
    accounts.stamp = "after-reset";
    assertTrue(cache.find(USER, PASSWORD).isEmpty());
    accounts.stamp = "stamp-1";
    assertTrue(cache.find(USER, PASSWORD).isEmpty(), "dropped, not kept for later");
  }

  @Test
  void itIsForgottenAfterItsLifetimeAndAfterAFailure() {
    cache.remember(USER, PASSWORD, success());
    clock.now = clock.now.plus(VerifiedCredentials.LIFETIME).plus(Duration.ofSeconds(1));
    assertTrue(cache.find(USER, PASSWORD).isEmpty());
    cache.remember(USER, PASSWORD, success());
    cache.remember(
        USER,
        "wrong-guess-1",
        new LoginResult(LoginResult.Status.INVALID, null, Set.of(), false, null, null, null));
    assertTrue(cache.find(USER, PASSWORD).isEmpty(), "a guess drops it, so a lock holds");
  }

  private static LoginResult success() {
    return new LoginResult(
        LoginResult.Status.SUCCESS, USER, Set.of(Role.UNIT_OFFICER), false, "vi", null, "stamp-1");
  }

  /** The one question the cache asks of the accounts. */
  static final class Accounts extends AccountService {
    String stamp = "stamp-1";

    @Override
    public boolean sessionStillValid(String username, String stamp) {
      return this.stamp.equals(stamp);
    }
  }
}
