package vn.parindex.api.appraisal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.parindex.api.campaign.CampaignJson;
import vn.parindex.appraisal.AppraisalRounds;
import vn.parindex.appraisal.CampaignResults;
import vn.parindex.organisation.OrganisationUnit;

/**
 * {@code campaigns/{id}/appraisal}: the steps of an INTERNAL campaign's appraisal, round by round,
 * to the council's finalisation. The scores themselves are under {@code subjects/}.
 */
@Path("campaigns/{id}/appraisal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AppraisalResource {
  @Inject AppraisalRounds rounds;
  @Inject CampaignResults results;

  /** Which subjects have not sent their work: round 1 starts without them only if confirmed. */
  public record RoundRequest(List<String> confirmUnsubmitted) {}

  /**
   * Round 1 after self-assessment, round 2 after the explanation window; 409 naming the subjects
   * that have not submitted unless the body confirms each of them.
   */
  @POST
  @Path("rounds")
  public CampaignJson startRound(@PathParam("id") long id, RoundRequest request) {
    List<String> confirmed =
        request == null || request.confirmUnsubmitted() == null
            ? List.of()
            : request.confirmUnsubmitted();
    return CampaignJson.of(rounds.startRound(id, confirmed));
  }

  /** The subjects that round 1 would start without. */
  @GET
  @Path("rounds/unsubmitted")
  public List<String> unsubmitted(@PathParam("id") long id) {
    return rounds.unsubmitted(id).stream().map(OrganisationUnit::getCode).toList();
  }

  @POST
  @Path("explanation-window")
  public CampaignJson openExplanationWindow(@PathParam("id") long id) {
    return CampaignJson.of(rounds.openExplanationWindow(id));
  }

  /** The council approves: every score is locked. */
  @POST
  @Path("finalise")
  public CampaignJson finalise(@PathParam("id") long id) {
    return CampaignJson.of(results.finalise(id));
  }
}
