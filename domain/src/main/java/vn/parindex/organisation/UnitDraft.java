package vn.parindex.organisation;

/** What a coordinator types to create or change a unit; checked by {@link UnitDirectory}. */
public record UnitDraft(
    String code, String nameVi, String nameEn, String kind, String parentCode, Long version) {}
