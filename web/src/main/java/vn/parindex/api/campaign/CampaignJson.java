package vn.parindex.api.campaign;

import java.util.List;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.Phases;
import vn.parindex.organisation.OrganisationUnit;

/** A campaign as the API shows it. */
public record CampaignJson(
    long id,
    String name,
    int year,
    long frameworkId,
    String frameworkCode,
    String kind,
    String status,
    int appraisalRound,
    List<String> subjectUnitCodes,
    Phases phases,
    Long previousId,
    boolean fourEyes) {

  public static CampaignJson of(Campaign c) {
    return new CampaignJson(
        c.getId(),
        c.getName(),
        c.getYear(),
        c.getFramework().getId(),
        c.getFramework().getCode(),
        c.getKind().name(),
        c.getStatus().name(),
        c.getAppraisalRound(),
        c.getSubjects().stream().map(OrganisationUnit::getCode).toList(),
        c.getPhases(),
        c.getPrevious() == null ? null : c.getPrevious().getId(),
        c.isFourEyes());
  }
}
