package vn.parindex.api.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.parindex.api.problem.Bodies;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Violation;
import vn.parindex.survey.SurveyParticipation;

/**
 * {@code campaigns/{id}/survey-participation}: who must answer the leaders' survey, each unit's
 * quota and the deadline, who has answered, and reminders to the units below their quota. Nothing
 * of what anyone answered is held.
 */
@Path("campaigns/{id}/survey-participation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SurveyParticipationResource {
  @Inject SurveyParticipation participation;

  /** Every unit's figures and people to Sở Nội vụ and viewers; its own to a unit's people. */
  @GET
  public ParticipationJson.ViewJson view(@PathParam("id") long id) {
    return ParticipationJson.ViewJson.of(participation.view(id));
  }

  /**
   * The list of people, or the Ministry's export of who answered, as CSV or XLSX ({@code
   * unit_code,full_name[,position,code,status,answered_on]}): 201, or 422 naming each wrong row
   * with nothing saved.
   */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @POST
  @Consumes({"text/csv", Bodies.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response load(@PathParam("id") long id, InputStream body, @Context UriInfo uri)
      throws IOException {
    SurveyParticipation.Imported imported = participation.importTable(id, Bodies.table(body));
    return Response.created(uri.getAbsolutePath())
        .entity(new ParticipationJson.ImportedJson(imported.added(), imported.updated()))
        .build();
  }

  /** Lists the leader accounts of the campaign's units, each once. */
  @POST
  @Path("invitations")
  public ParticipationJson.InvitedJson invite(@PathParam("id") long id) {
    return new ParticipationJson.InvitedJson(participation.inviteLeaders(id));
  }

  /** Sets the deadline and the quotas: 200, 409 for a stale version, 422 for a bad quota. */
  @PUT
  @Path("plan")
  @Consumes(MediaType.APPLICATION_JSON)
  public ParticipationJson.ViewJson plan(
      @PathParam("id") long id, ParticipationJson.PlanJson body) {
    ParticipationJson.PlanJson plan = Bodies.required(body);
    Map<String, Integer> quotas = plan.quotas() == null ? Map.of() : plan.quotas();
    participation.plan(id, plan.deadline(), quotas, Objects.requireNonNullElse(plan.version(), 0L));
    return view(id);
  }

  /** Enters one person's status: 200, 404 for a person of another campaign, 409 when stale. */
  @PUT
  @Path("respondents/{respondent}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ParticipationJson.RespondentJson mark(
      @PathParam("id") long id,
      @PathParam("respondent") long respondent,
      ParticipationJson.MarkJson body) {
    ParticipationJson.MarkJson mark = Bodies.required(body);
    if (mark.status() == null || mark.version() == null) {
      throw InvalidInputException.of(Violation.ofField("status", "survey.mark.required"));
    }
    return ParticipationJson.RespondentJson.of(
        participation.mark(id, respondent, mark.status(), mark.answeredOn(), mark.version()));
  }

  /** Takes a person off the list: 204, 404 for a person of another campaign, 409 when stale. */
  @DELETE
  @Path("respondents/{respondent}")
  public Response remove(
      @PathParam("id") long id,
      @PathParam("respondent") long respondent,
      @QueryParam("version") String version) {
    participation.remove(id, respondent, Bodies.version(version));
    return Response.noContent().build();
  }

  /** Reminds each unit below its quota; gives the reminders made. */
  @POST
  @Path("reminders")
  public List<ParticipationJson.ReminderJson> remind(@PathParam("id") long id) {
    return participation.remind(id).stream().map(ParticipationJson.ReminderJson::of).toList();
  }
}
