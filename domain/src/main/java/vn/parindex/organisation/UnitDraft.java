package vn.parindex.organisation;

import vn.parindex.shared.MaxLength;

/**
 * What a coordinator types to create or change a unit; checked by {@link UnitDirectory}. The place,
 * short name and report suffix are the PROVINCE unit's ({@link IssuingBody}); left empty, they are
 * read from its name, and another kind of unit has none.
 */
public record UnitDraft(
    @MaxLength(30) String code,
    @MaxLength(OrganisationUnit.NAME_LENGTH) String nameVi,
    @MaxLength(OrganisationUnit.NAME_LENGTH) String nameEn,
    String kind,
    @MaxLength(30) String parentCode,
    Long version,
    @MaxLength(OrganisationUnit.PLACE_LENGTH) String placeName,
    @MaxLength(OrganisationUnit.PLACE_LENGTH) String shortName,
    @MaxLength(OrganisationUnit.SUFFIX_LENGTH) String reportSuffix) {}
