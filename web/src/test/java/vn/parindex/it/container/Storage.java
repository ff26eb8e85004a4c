package vn.parindex.it.container;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;

/** Runs a piece of work against the persistence unit in a transaction of its own. */
@Stateless
@PermitAll
public class Storage {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public <T> T inTransaction(Function<EntityManager, T> work) {
    T result = work.apply(em);
    em.flush();
    return result;
  }
}
