package vn.parindex.persistence.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import vn.parindex.shared.ScheduledRun;
import vn.parindex.shared.ScheduledRunRepository;

@ApplicationScoped
public class JpaScheduledRunRepository implements ScheduledRunRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  // Asked first, so that the servers that come later find the claim without an error in their
  // logs; written at once, so that the key refuses a server that asked at the same moment.
  @Override
  public boolean claim(ScheduledRun run) {
    if (em.find(ScheduledRun.class, run.getId()) != null) {
      return false;
    }
    try {
      em.persist(run);
      em.flush();
      return true;
    } catch (PersistenceException e) {
      return false;
    }
  }

  @Override
  public List<ScheduledRun> of(String job) {
    return em.createQuery(
            "select r from ScheduledRun r where r.job = :job order by r.runOn desc",
            ScheduledRun.class)
        .setParameter("job", job)
        .getResultList();
  }
}
