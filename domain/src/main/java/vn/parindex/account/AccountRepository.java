package vn.parindex.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.parindex.shared.PageRequest;
import vn.parindex.shared.ResultPage;

/** Stores accounts; implemented in the persistence module. */
public interface AccountRepository {
  Optional<Account> findByUsername(String username);

  Optional<Account> find(long id);

  List<Account> findAll();

  /** The accounts of one unit. */
  List<Account> ofUnit(String unitCode);

  /**
   * A page of the accounts holding the request's words (login, name, address, unit code), sorted by
   * "username", "fullName" or "unit"; by login otherwise.
   */
  ResultPage<Account> page(PageRequest request);

  /** The accounts stored before the search text existed. */
  List<Account> withoutSearchText();

  void add(Account account);

  long count();

  /**
   * Counts a failed login as {@link LoginThrottle} rules, in statements that lock the account's
   * row, so that parallel guesses each count and none fails on the entity's version. Gives the end
   * of the lock when this failure set one.
   */
  Optional<Instant> countFailedLogin(long accountId, Instant now);

  /**
   * Clears the count after a right password unless the account is locked by now (a parallel guess
   * may have locked it since it was read). Gives whether the login may go on.
   */
  boolean clearFailedLogins(long accountId, Instant now);
}
