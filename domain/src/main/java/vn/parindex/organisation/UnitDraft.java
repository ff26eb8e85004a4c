package vn.parindex.organisation;

import vn.parindex.shared.MaxLength;

/** What a coordinator types to create or change a unit; checked by {@link UnitDirectory}. */
public record UnitDraft(
    @MaxLength(30) String code,
    @MaxLength(OrganisationUnit.NAME_LENGTH) String nameVi,
    @MaxLength(OrganisationUnit.NAME_LENGTH) String nameEn,
    String kind,
    @MaxLength(30) String parentCode,
    Long version) {}
