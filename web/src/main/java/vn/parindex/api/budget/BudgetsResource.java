package vn.parindex.api.budget;

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
import java.util.List;
import java.util.Objects;
import vn.parindex.api.problem.Bodies;
import vn.parindex.api.report.ReportFiles;
import vn.parindex.budget.BudgetEstimate;
import vn.parindex.budget.BudgetEstimates;
import vn.parindex.reports.BudgetDocument;

/**
 * {@code budgets}: the budget estimates of the exercise (Sở Nội vụ writes, viewers read), each with
 * its lines, sums and the document to Sở Tài chính.
 */
@Path("budgets")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class BudgetsResource {
  @Inject BudgetEstimates estimates;
  @Inject BudgetDocument document;

  @GET
  public List<BudgetJson.EstimateJson> all() {
    return estimates.all().stream().map(BudgetJson.EstimateJson::of).toList();
  }

  @GET
  @Path("{id}")
  public BudgetJson.EstimateJson one(@PathParam("id") long id) {
    return BudgetJson.EstimateJson.of(estimates.get(id));
  }

  /** A new, empty estimate: 201, or 422 for a missing title or a year outside 2000–2100. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(BudgetJson.NewJson body, @Context UriInfo uri) {
    BudgetJson.NewJson created = Bodies.required(body);
    BudgetEstimate estimate = estimates.create(created.year(), created.title());
    return Response.created(uri.getAbsolutePathBuilder().path(estimate.getId().toString()).build())
        .entity(BudgetJson.EstimateJson.of(estimate))
        .build();
  }

  /** Saves the estimate whole: 200, 409 for a stale version, 422 naming each wrong field. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public BudgetJson.EstimateJson save(@PathParam("id") long id, BudgetJson.SaveJson body) {
    BudgetJson.SaveJson saved = Bodies.required(body);
    List<BudgetEstimates.LineInput> lines =
        saved.lines() == null
            ? List.of()
            : saved.lines().stream().map(l -> l == null ? null : l.input()).toList();
    return BudgetJson.EstimateJson.of(
        estimates.save(
            id,
            Objects.requireNonNullElse(saved.version(), -1L),
            saved.title(),
            saved.approvedAmount(),
            saved.approvalRef(),
            lines));
  }

  /** Deletes an estimate read at {@code version}: 204, or 409 when stale. */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id, @QueryParam("version") String version) {
    estimates.delete(id, Bodies.version(version));
    return Response.noContent().build();
  }

  /** The estimate as {@code pdf}, {@code docx} or {@code xlsx}. */
  @GET
  @Path("{id}/document")
  @Produces({
    "application/pdf",
    Bodies.XLSX,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  })
  public Response document(@PathParam("id") long id, @QueryParam("format") String format) {
    return ReportFiles.of(document.of(id, ReportFiles.format(format, false)));
  }
}
