package vn.parindex.account;

import java.time.Instant;
import java.util.Set;

/** The outcome of a password check, with what the session needs to know about the person. */
public record LoginResult(
    Status status,
    String username,
    Set<Role> roles,
    boolean mustChangePassword,
    String language,
    Instant lockedUntil,
    String credentialStamp) {

  /** Why a login succeeded or not; LOCKED is told to the user, the others are not told apart. */
  public enum Status {
    SUCCESS,
    INVALID,
    LOCKED
  }

  static LoginResult invalid() {
    return new LoginResult(Status.INVALID, null, Set.of(), false, null, null, null);
  }

  static LoginResult locked(Instant until) {
    return new LoginResult(Status.LOCKED, null, Set.of(), false, null, until, null);
  }

  static LoginResult success(Account account) {
    return new LoginResult(
        Status.SUCCESS,
        account.getUsername(),
        account.getRoles(),
        account.isMustChangePassword(),
        account.getLanguage(),
        null,
        account.credentialStamp());
  }
}
