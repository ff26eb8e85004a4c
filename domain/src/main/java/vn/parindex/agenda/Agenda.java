package vn.parindex.agenda;

import java.util.List;
import vn.parindex.organisation.OrganisationUnit;

/**
 * A user's home: whom it greets and, by role, the unit's work, Sở Nội vụ's follow-up, the
 * appraiser's queue and the published results. A list a role does not have is empty.
 */
public record Agenda(
    String fullName,
    OrganisationUnit unit,
    List<UnitWork> work,
    List<Coordination> coordination,
    List<AppraisalWork> appraisals,
    List<PublishedResult> published) {}
