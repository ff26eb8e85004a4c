package vn.parindex.organisation;

import jakarta.validation.constraints.Size;

/** What a coordinator types to create or change a unit; checked by {@link UnitDirectory}. */
public record UnitDraft(
    @Size(max = 30) String code,
    @Size(max = OrganisationUnit.NAME_LENGTH) String nameVi,
    @Size(max = OrganisationUnit.NAME_LENGTH) String nameEn,
    String kind,
    @Size(max = 30) String parentCode,
    Long version) {}
