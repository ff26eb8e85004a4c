package vn.parindex.organisation;

/**
 * The kinds of unit the province scores or that score it. DISTRICT is kept for history: the
 * district level was abolished on 1/7/2025, but past campaigns still name districts.
 */
public enum UnitKind {
  PROVINCE,
  DEPARTMENT,
  DISTRICT,
  COMMUNE,
  CENTRAL_AGENCY
}
