package vn.parindex.persistence.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.parindex.budget.BudgetEstimate;
import vn.parindex.budget.BudgetRepository;

@ApplicationScoped
public class JpaBudgetRepository implements BudgetRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public List<BudgetEstimate> all() {
    return em.createQuery(
            "select b from BudgetEstimate b order by b.year desc, b.id desc", BudgetEstimate.class)
        .getResultList();
  }

  @Override
  public Optional<BudgetEstimate> find(long id) {
    return Optional.ofNullable(em.find(BudgetEstimate.class, id));
  }

  @Override
  public void add(BudgetEstimate estimate) {
    em.persist(estimate);
  }

  @Override
  public void remove(BudgetEstimate estimate) {
    em.remove(estimate);
  }
}
