package vn.parindex.persistence.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.parindex.account.Account;
import vn.parindex.account.AccountRepository;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public Optional<Account> findByUsername(String username) {
    return em.createQuery("select a from Account a where a.username = :username", Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  @Override
  public List<Account> findAll() {
    return em.createQuery("select a from Account a", Account.class).getResultList();
  }

  @Override
  public void add(Account account) {
    em.persist(account);
  }

  @Override
  public long count() {
    return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
  }
}
