package vn.parindex.api.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import vn.parindex.api.problem.Bodies;
import vn.parindex.appraisal.SurveyService;
import vn.parindex.shared.Roles;

/** {@code campaigns/{id}/survey-scores}: the points of the sociological survey's leaves. */
@Path("campaigns/{id}/survey-scores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SurveyScoresResource {
  @Inject SurveyService surveys;

  /** One subject's survey points on one SURVEY leaf. */
  public record SurveyJson(
      String unitCode, String nodeCode, BigDecimal points, BigDecimal percent) {}

  /**
   * The sociological survey's points, as CSV or XLSX ({@code unit_code,node_code,points} or {@code
   * …,percent}): 201, or 422 naming each wrong row with nothing saved.
   */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @POST
  @Consumes({"text/csv", Bodies.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importSurvey(@PathParam("id") long id, InputStream body, @Context UriInfo uri)
      throws IOException {
    return TableImportJson.created(uri, surveys.importTable(id, Bodies.table(body)));
  }

  @GET
  public List<SurveyJson> surveyScores(@PathParam("id") long id) {
    return surveys.scores(id).stream()
        .map(
            s ->
                new SurveyJson(
                    s.getSubject().getCode(), s.getNodeCode(), s.getPoints(), s.getPercent()))
        .toList();
  }
}
