package vn.parindex.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The caller's account, read once per request: the session check reads it, then every use case a
 * page calls asks for the caller's unit and roles, and each read it again (the home page read the
 * account and its roles four times, the consolidation three). A request is short; the next one
 * reads the account again, so a disabled account, a reset password or a changed role counts from
 * there, as the session check always did. Only who calls is taken from it, never what a use case
 * changes.
 */
@RequestScoped
public class RequestAccount {
  @Inject AccountRepository accounts;

  private Account account;

  /** The account of {@code username} as this request read it, or as it is stored now. */
  public Optional<Account> get(String username) {
    if (account == null || !account.getUsername().equals(username)) {
      account = accounts.findByUsername(username).orElse(null);
    }
    return Optional.ofNullable(account);
  }
}
