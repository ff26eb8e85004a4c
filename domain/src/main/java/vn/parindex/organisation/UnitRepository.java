package vn.parindex.organisation;

import java.util.List;
import java.util.Optional;
import vn.parindex.shared.PageRequest;
import vn.parindex.shared.ResultPage;

/** Stores organisation units; implemented in the persistence module. */
public interface UnitRepository {
  Optional<OrganisationUnit> findByCode(String code);

  List<OrganisationUnit> findAll();

  /** The active units of a kind, by code. */
  List<OrganisationUnit> activeOfKind(UnitKind kind);

  /**
   * A page of the units (the active ones unless {@code withRetired}) holding the request's words,
   * sorted by "code", "name" or "kind"; by kind, then name, otherwise.
   */
  ResultPage<OrganisationUnit> page(PageRequest request, boolean withRetired);

  /** The units stored before the search text existed. */
  List<OrganisationUnit> withoutSearchText();

  void add(OrganisationUnit unit);

  /**
   * Removes a unit nothing refers to yet (no campaign, rule, score, plan or account names it) and
   * answers true; answers false, leaving the transaction to be rolled back, when something does.
   */
  boolean removeIfUnused(OrganisationUnit unit);

  long count();
}
