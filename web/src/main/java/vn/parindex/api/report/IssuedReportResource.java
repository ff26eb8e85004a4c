package vn.parindex.api.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.time.Instant;
import java.time.LocalDate;
import vn.parindex.issuance.IssueReport;
import vn.parindex.issuance.IssuedReport;
import vn.parindex.web.shell.Downloads;

/**
 * {@code campaigns/{id}/issued-report}: the self-assessment report as issued, the copy the leader
 * signed digitally: uploaded back as {@code application/pdf} ({@code ?name=} its file name), read
 * with its number and hash, and downloaded as it was kept.
 */
@Path("campaigns/{id}/issued-report")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class IssuedReportResource {
  @Inject IssueReport issue;

  /**
   * The issued report as the campaign shows it; {@code issued} false, and nothing else, before a
   * signed copy is kept.
   */
  public record IssuedReportJson(
      boolean issued,
      String number,
      LocalDate issuedOn,
      String sha256,
      Long size,
      String fileName,
      String signers,
      String uploadedBy,
      Instant uploadedAt) {
    static final IssuedReportJson NOT_YET =
        new IssuedReportJson(false, null, null, null, null, null, null, null, null);

    static IssuedReportJson of(IssuedReport r) {
      return new IssuedReportJson(
          true,
          r.getNumber(),
          r.getIssuedOn(),
          r.getSha256(),
          r.getSize(),
          r.getFileName(),
          r.getSigners(),
          r.getUploadedBy(),
          r.getUploadedAt());
    }
  }

  @GET
  public IssuedReportJson issued(@PathParam("id") long id) {
    return issue.issued(id).map(IssuedReportJson::of).orElse(IssuedReportJson.NOT_YET);
  }

  /** Keeps the signed copy if it is one of this campaign's report; 422 with the reasons if not. */
  @POST
  @Consumes("application/pdf")
  public Response upload(
      @PathParam("id") long id,
      @QueryParam("name") String name,
      InputStream content,
      @Context UriInfo uri)
      throws IOException {
    IssuedReport kept = issue.issue(id, content, name);
    return Response.created(
            uri.getBaseUriBuilder().path("campaigns/{id}/issued-report/content").build(id))
        .entity(IssuedReportJson.of(kept))
        .build();
  }

  @GET
  @Path("content")
  @Produces("application/pdf")
  public Response content(@PathParam("id") long id) throws IOException {
    IssueReport.Download download = issue.open(id);
    return Downloads.stored(
        download.content(),
        "application/pdf",
        download.report().getFileName(),
        download.report().getSize());
  }
}
