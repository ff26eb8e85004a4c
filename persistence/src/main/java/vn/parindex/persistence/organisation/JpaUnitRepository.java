package vn.parindex.persistence.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitRepository;

@ApplicationScoped
public class JpaUnitRepository implements UnitRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public Optional<OrganisationUnit> findByCode(String code) {
    return em.createQuery(
            "select u from OrganisationUnit u where u.code = :code", OrganisationUnit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<OrganisationUnit> findAll() {
    return em.createQuery("select u from OrganisationUnit u", OrganisationUnit.class)
        .getResultList();
  }

  @Override
  public void add(OrganisationUnit unit) {
    em.persist(unit);
  }

  @Override
  public long count() {
    return em.createQuery("select count(u) from OrganisationUnit u", Long.class).getSingleResult();
  }
}
