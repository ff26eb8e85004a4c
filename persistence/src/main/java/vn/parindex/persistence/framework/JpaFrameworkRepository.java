package vn.parindex.persistence.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.parindex.framework.Framework;
import vn.parindex.framework.FrameworkRepository;

@ApplicationScoped
public class JpaFrameworkRepository implements FrameworkRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public Optional<Framework> find(long id) {
    return Optional.ofNullable(em.find(Framework.class, id));
  }

  @Override
  public Optional<Framework> findByCode(String code) {
    return em.createQuery("select f from Framework f where f.code = :code", Framework.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Framework> findAll() {
    return em.createQuery(
            "select f from Framework f order by f.fromYear desc, f.code", Framework.class)
        .getResultList();
  }

  @Override
  public void add(Framework framework) {
    em.persist(framework);
  }

  @Override
  public void remove(Framework framework) {
    em.remove(framework);
  }

  @Override
  public boolean usedByCampaign(long id) {
    return em.createQuery("select count(c) from Campaign c where c.framework.id = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult()
        > 0;
  }

  @Override
  public long count() {
    return em.createQuery("select count(f) from Framework f", Long.class).getSingleResult();
  }
}
