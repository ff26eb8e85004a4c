package vn.parindex.persistence.reorganisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.reorganisation.FormerName;
import vn.parindex.reorganisation.UnitEvent;
import vn.parindex.reorganisation.UnitHistoryRepository;

@ApplicationScoped
public class JpaUnitHistoryRepository implements UnitHistoryRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public void add(UnitEvent event) {
    em.persist(event);
    // Written now: the former names refer to it by id, a column EclipseLink does not order by.
    em.flush();
  }

  @Override
  public void add(FormerName name) {
    em.persist(name);
  }

  @Override
  public Optional<UnitEvent> lockEvent(long id) {
    return Optional.ofNullable(em.find(UnitEvent.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<FormerName> formerNamesOfEvent(long eventId) {
    return em.createQuery("select n from FormerName n where n.eventId = :id", FormerName.class)
        .setParameter("id", eventId)
        .getResultList();
  }

  // The units of the events come in the same statement: one more each would grow with the
  // events (the results page reads them all for the lineage).
  @Override
  public List<UnitEvent> eventsOf(String unitCode) {
    return em.createQuery(
            "select distinct e from UnitEvent e join e.parts p left join fetch e.parts"
                + " where p.unitCode = :code order by e.effectiveFrom, e.id",
            UnitEvent.class)
        .setParameter("code", unitCode)
        .getResultList();
  }

  @Override
  public List<UnitEvent> events() {
    return em.createQuery(
            "select distinct e from UnitEvent e left join fetch e.parts"
                + " order by e.effectiveFrom, e.id",
            UnitEvent.class)
        .getResultList();
  }

  @Override
  public Map<String, LocalDate> lastEvents(Collection<String> unitCodes) {
    Map<String, LocalDate> last = new HashMap<>();
    if (unitCodes.isEmpty()) {
      return last;
    }
    em.createQuery(
            "select p.unitCode, max(e.effectiveFrom) from UnitEvent e join e.parts p"
                + " where p.unitCode in :codes and e.withdrawnAt is null group by p.unitCode",
            Object[].class)
        .setParameter("codes", unitCodes)
        .getResultList()
        .forEach(row -> last.put((String) row[0], (LocalDate) row[1]));
    return last;
  }

  @Override
  public List<FormerName> formerNamesOf(String unitCode) {
    return em.createQuery(
            "select n from FormerName n where n.unitCode = :code and n.withdrawn = false"
                + " order by n.validUntil, n.id",
            FormerName.class)
        .setParameter("code", unitCode)
        .getResultList();
  }

  @Override
  public List<FormerName> formerNamesFrom(LocalDate day) {
    return em.createQuery(
            "select n from FormerName n where n.validUntil >= :day and n.withdrawn = false"
                + " order by n.validUntil, n.id",
            FormerName.class)
        .setParameter("day", day)
        .getResultList();
  }
}
