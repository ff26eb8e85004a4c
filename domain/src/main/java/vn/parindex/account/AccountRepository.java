package vn.parindex.account;

import java.util.List;
import java.util.Optional;

/** Stores accounts; implemented in the persistence module. */
public interface AccountRepository {
  Optional<Account> findByUsername(String username);

  Optional<Account> find(long id);

  List<Account> findAll();

  void add(Account account);

  long count();
}
