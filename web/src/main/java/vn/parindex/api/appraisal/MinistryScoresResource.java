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
import vn.parindex.api.problem.Bodies;
import vn.parindex.appraisal.Comparison;
import vn.parindex.appraisal.MinistryComparison;
import vn.parindex.shared.Roles;

/** {@code campaigns/{id}/ministry-scores}: the Ministry's points and the province against them. */
@Path("campaigns/{id}/ministry-scores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class MinistryScoresResource {
  @Inject MinistryComparison ministry;

  /**
   * The Ministry's appraised points of the province ({@code node_code,points}, CSV or XLSX): 201,
   * or 422 naming each wrong row with nothing saved.
   */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @POST
  @Consumes({"text/csv", Bodies.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importMinistry(@PathParam("id") long id, InputStream body, @Context UriInfo uri)
      throws IOException {
    return TableImportJson.created(uri, ministry.importMinistry(id, Bodies.table(body)));
  }

  /** Self-score against the Ministry's points, per leaf (with earlier years) and per lead unit. */
  @GET
  @Path("comparison")
  public Comparison comparison(@PathParam("id") long id) {
    return ministry.comparison(id);
  }
}
