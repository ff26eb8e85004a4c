package vn.parindex.budget;

import java.util.List;
import java.util.Optional;

/** Stores the budget estimates; implemented in persistence. */
public interface BudgetRepository {
  /** Every estimate, the latest year first. */
  List<BudgetEstimate> all();

  Optional<BudgetEstimate> find(long id);

  void add(BudgetEstimate estimate);

  void remove(BudgetEstimate estimate);
}
