package vn.parindex.framework;

import java.util.List;
import java.util.Optional;

/** Stores frameworks with their trees; implemented in the persistence module. */
public interface FrameworkRepository {
  Optional<Framework> find(long id);

  Optional<Framework> findByCode(String code);

  List<Framework> findAll();

  void add(Framework framework);

  void remove(Framework framework);

  long count();

  /** Whether a campaign runs on the framework, which may then never be deleted. */
  boolean usedByCampaign(long id);
}
