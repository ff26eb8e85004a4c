package vn.parindex.persistence.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.account.Account;
import vn.parindex.account.AccountRepository;
import vn.parindex.account.LoginThrottle;
import vn.parindex.persistence.database.PagedQuery;
import vn.parindex.shared.PageRequest;
import vn.parindex.shared.ResultPage;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {
  private static final Map<String, String> ORDERS =
      Map.of(
          "username", "a.username{dir}",
          "fullName", "a.nameKey{dir}",
          "unit", "u.code{dir}, a.username");

  /**
   * The roles of a page's accounts in one more statement, not one per account: they are an eager
   * collection, and a fetch join would page over joined rows.
   */
  private static final Map<String, String> ROLES_IN_ONE_READ =
      Map.of("eclipselink.batch", "a.roles", "eclipselink.batch.type", "IN");

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
  public List<Account> ofUnit(String unitCode) {
    return em.createQuery("select a from Account a where a.unit.code = :unit", Account.class)
        .setParameter("unit", unitCode)
        .getResultList();
  }

  @Override
  public ResultPage<Account> page(PageRequest request) {
    PagedQuery query = new PagedQuery("Account a left join a.unit u", "a", "", null, Map.of());
    String order = Optional.ofNullable(request.sort()).map(ORDERS::get).orElse("a.username{dir}");
    return query.read(em, Account.class, request, order, ROLES_IN_ONE_READ);
  }

  @Override
  public List<Account> withoutSearchText() {
    return em.createQuery("select a from Account a where a.searchText is null", Account.class)
        .getResultList();
  }

  @Override
  public void add(Account account) {
    em.persist(account);
  }

  @Override
  public long count() {
    return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
  }

  @Override
  public Optional<Instant> countFailedLogin(long accountId, Instant now) {
    // A window that has passed starts again; the row stays locked by this transaction from here.
    em.createQuery(
            "update Account a set a.throttle.failures = 0, a.throttle.windowStart = :now"
                + " where a.id = :id and (a.throttle.windowStart is null"
                + " or a.throttle.windowStart <= :edge)")
        .setParameter("now", now)
        .setParameter("edge", now.minus(LoginThrottle.WINDOW))
        .setParameter("id", accountId)
        .executeUpdate();
    em.createQuery(
            "update Account a set a.throttle.failures = a.throttle.failures + 1 where a.id = :id")
        .setParameter("id", accountId)
        .executeUpdate();
    Instant until = now.plus(LoginThrottle.LOCK);
    int locked =
        em.createQuery(
                "update Account a set a.throttle.lockedUntil = :until, a.throttle.failures = 0,"
                    + " a.throttle.windowStart = null"
                    + " where a.id = :id and a.throttle.failures >= :max")
            .setParameter("until", until)
            .setParameter("id", accountId)
            .setParameter("max", LoginThrottle.MAX_FAILURES)
            .executeUpdate();
    return locked == 1 ? Optional.of(until) : Optional.empty();
  }

  @Override
  public boolean clearFailedLogins(long accountId, Instant now) {
    return em.createQuery(
                "update Account a set a.throttle.failures = 0, a.throttle.windowStart = null,"
                    + " a.throttle.lockedUntil = null where a.id = :id"
                    + " and (a.throttle.lockedUntil is null or a.throttle.lockedUntil <= :now)")
            .setParameter("id", accountId)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }
}
