package vn.parindex.organisation;

import java.util.List;
import java.util.Optional;

/** Stores organisation units; implemented in the persistence module. */
public interface UnitRepository {
  Optional<OrganisationUnit> findByCode(String code);

  List<OrganisationUnit> findAll();

  void add(OrganisationUnit unit);

  long count();
}
