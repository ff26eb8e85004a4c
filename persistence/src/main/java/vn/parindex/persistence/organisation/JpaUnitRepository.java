package vn.parindex.persistence.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitKind;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.persistence.database.PagedQuery;
import vn.parindex.shared.PageRequest;
import vn.parindex.shared.ResultPage;

@ApplicationScoped
public class JpaUnitRepository implements UnitRepository {
  /** The province first, then departments, districts, communes and central agencies. */
  private static final String KIND_ORDER = "u.kindOrder";

  private static final Map<String, String> ORDERS =
      Map.of(
          "code", "u.code{dir}",
          "name", "u.nameKey{dir}",
          "kind", KIND_ORDER + "{dir}, u.nameKey");

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
  public List<OrganisationUnit> activeOfKind(UnitKind kind) {
    return em.createQuery(
            "select u from OrganisationUnit u where u.kind = :kind and u.active = true"
                + " order by u.code",
            OrganisationUnit.class)
        .setParameter("kind", kind)
        .getResultList();
  }

  @Override
  public ResultPage<OrganisationUnit> page(PageRequest request, boolean withRetired) {
    PagedQuery query =
        new PagedQuery(
            "OrganisationUnit u",
            "u",
            " left join fetch u.parent",
            withRetired ? null : "u.active = :active",
            withRetired ? Map.of() : Map.of("active", true));
    String order =
        Optional.ofNullable(request.sort())
            .map(ORDERS::get)
            .orElse(KIND_ORDER + ", u.nameKey{dir}");
    return query.read(em, OrganisationUnit.class, request, order, Map.of());
  }

  @Override
  public List<OrganisationUnit> withoutSearchText() {
    return em.createQuery(
            "select u from OrganisationUnit u where u.searchText is null", OrganisationUnit.class)
        .getResultList();
  }

  @Override
  public void add(OrganisationUnit unit) {
    em.persist(unit);
  }

  // Most tables refer to a unit by its key, so the database refuses the removal of one they name;
  // a campaign's assignment rules name units by code and are asked first.
  @Override
  public boolean removeIfUnused(OrganisationUnit unit) {
    long rules =
        em.createQuery(
                "select count(r) from Campaign c join c.rules r where r.leadUnitCode = :code"
                    + " or concat(';', r.coordinatingUnitCodes, ';') like :within",
                Long.class)
            .setParameter("code", unit.getCode())
            .setParameter("within", "%;" + unit.getCode() + ";%")
            .getSingleResult();
    if (rules > 0) {
      return false;
    }
    try {
      em.remove(unit);
      em.flush();
      return true;
    } catch (PersistenceException e) {
      return false;
    }
  }

  @Override
  public long count() {
    return em.createQuery("select count(u) from OrganisationUnit u", Long.class).getSingleResult();
  }
}
