package vn.parindex.plan;

/** The plans the dispatch names, in the order the plans' page lists them. */
public enum PlanKind {
  /** The province's annual PAR plan (Kế hoạch 520/KH-UBND for 2022). */
  PROVINCE_ANNUAL("Kế hoạch cải cách hành chính năm của tỉnh"),
  /** The remedial plan for the PAR Index and SIPAS (Kế hoạch 308/KH-UBND). */
  REMEDIAL("Kế hoạch khắc phục, nâng cao Chỉ số CCHC"),
  /** A unit's own annual PAR plan, which the unit writes and follows. */
  UNIT_ANNUAL("Kế hoạch cải cách hành chính năm của đơn vị");

  private final String documentLabel;

  PlanKind(String documentLabel) {
    this.documentLabel = documentLabel;
  }

  /** Its name in the People's Committee's report, which stays Vietnamese. */
  public String documentLabel() {
    return documentLabel;
  }

  public String messageKey() {
    return "plan.kind." + name();
  }

  /** Whether the province writes it: a unit's own plan is the unit's. */
  public boolean provincial() {
    return this != UNIT_ANNUAL;
  }
}
