package vn.parindex.api.campaign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import vn.parindex.api.problem.Bodies;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.FocalPair;
import vn.parindex.campaign.FocalPairStatus;
import vn.parindex.campaign.IssuedNomination;
import vn.parindex.campaign.NominateFocalPairs;
import vn.parindex.campaign.Nomination;
import vn.parindex.campaign.Person;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.shared.MaxLength;

/** {@code campaigns/{id}/focal-pairs}: the leader and officer each lead unit nominates. */
@Path("campaigns/{id}/focal-pairs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class FocalPairsResource {
  @Inject NominateFocalPairs service;
  @Inject CampaignService campaigns;
  @Inject UnitHistory history;

  /** A member of a focal pair. */
  public record PersonJson(
      @MaxLength(200) String fullName,
      @MaxLength(200) String title,
      @MaxLength(30) String phone,
      @MaxLength(200) String email) {
    Person toPerson() {
      return new Person(fullName, title, phone, email);
    }

    static PersonJson of(Person p) {
      return p == null
          ? null
          : new PersonJson(p.getFullName(), p.getTitle(), p.getPhone(), p.getEmail());
    }
  }

  /** The nomination of a focal pair. */
  public record NominationJson(PersonJson leader, PersonJson officer) {}

  /** A unit's focal pair; the passwords only in the answer to a nomination. */
  public record FocalPairJson(
      String unitCode,
      String unitName,
      boolean nominated,
      boolean overdue,
      PersonJson leader,
      PersonJson officer,
      String leaderUsername,
      String officerUsername,
      String leaderPassword,
      String officerPassword) {
    static FocalPairJson of(FocalPairStatus s, Map<String, String> names) {
      return of(s.unit(), names, s.pair(), s.overdue(), null, null);
    }

    static FocalPairJson of(
        OrganisationUnit unit,
        Map<String, String> names,
        FocalPair p,
        boolean overdue,
        String leaderPassword,
        String officerPassword) {
      return new FocalPairJson(
          unit.getCode(),
          names.getOrDefault(unit.getCode(), unit.getNameVi()),
          p != null,
          overdue,
          p == null ? null : PersonJson.of(p.getLeader()),
          p == null ? null : PersonJson.of(p.getOfficer()),
          p == null ? null : p.getLeaderUsername(),
          p == null ? null : p.getOfficerUsername(),
          leaderPassword,
          officerPassword);
    }
  }

  @GET
  public List<FocalPairJson> focalPairs(@PathParam("id") long id) {
    List<FocalPairStatus> pairs = service.focalPairs(id);
    Map<String, String> names = namesInYearOf(id);
    return pairs.stream().map(s -> FocalPairJson.of(s, names)).toList();
  }

  /**
   * Each unit by the name it had in the campaign's year, today's beside it where it changed, as the
   * campaign's page names it: a 2022 campaign's list must not show a name given in 2025.
   */
  private Map<String, String> namesInYearOf(long id) {
    return history.namesIn(campaigns.get(id).getYear());
  }

  @PUT
  @Path("{unitCode}")
  @Consumes(MediaType.APPLICATION_JSON)
  public FocalPairJson nominate(
      @PathParam("id") long id, @PathParam("unitCode") String unitCode, NominationJson request) {
    Bodies.required(request);
    IssuedNomination issued =
        service.nominate(
            id,
            unitCode,
            new Nomination(
                request.leader() == null ? null : request.leader().toPerson(),
                request.officer() == null ? null : request.officer().toPerson()));
    FocalPair pair = issued.pair();
    return FocalPairJson.of(
        pair.getUnit(),
        namesInYearOf(id),
        pair,
        false,
        issued.leaderPassword(),
        issued.officerPassword());
  }
}
