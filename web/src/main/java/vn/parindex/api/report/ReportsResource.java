package vn.parindex.api.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import vn.parindex.api.problem.Bodies;
import vn.parindex.campaign.ReportDraft;
import vn.parindex.campaign.ReportDrafts;
import vn.parindex.reports.ReportFormat;
import vn.parindex.reports.ReportService;
import vn.parindex.shared.MaxLength;
import vn.parindex.shared.NotFoundException;

/**
 * {@code campaigns/{id}/reports}: the campaign's official documents, and the draft of the
 * self-assessment report's heading and free text.
 */
@Path("campaigns/{id}/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ReportsResource {
  @Inject ReportService reports;
  @Inject ReportDrafts drafts;

  /** The number, date, signer, recipients and free text of the self-assessment report. */
  public record ReportDraftJson(
      @MaxLength(20) String number,
      LocalDate issuedOn,
      @MaxLength(100) String signerTitle,
      @MaxLength(200) String signerName,
      String recipients,
      @MaxLength(8000) String difficulties,
      @MaxLength(8000) String recommendations) {
    static ReportDraftJson of(ReportDraft d) {
      return new ReportDraftJson(
          d.getNumber(),
          d.getIssuedOn(),
          d.getSignerTitle(),
          d.getSignerName(),
          d.getRecipients(),
          d.getDifficulties(),
          d.getRecommendations());
    }
  }

  /**
   * An official document of the campaign ({@code self-assessment}, {@code progress}, {@code
   * ranking}, {@code scorecard}) as {@code pdf}, {@code docx} or {@code xlsx}, a file with its
   * Vietnamese name; or as {@code html}, the preview the reports page shows in place.
   */
  @GET
  @Path("{report}")
  @Produces({
    "application/pdf",
    Bodies.XLSX,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "text/html;charset=UTF-8"
  })
  public Response report(
      @PathParam("id") long id,
      @PathParam("report") String report,
      @QueryParam("format") String format,
      @QueryParam("unit") String unit) {
    ReportFormat chosen = ReportFiles.format(format, true);
    ReportService.Report produced =
        switch (report) {
          case "self-assessment" -> reports.selfAssessment(id, chosen);
          case "progress" -> reports.progress(id, chosen);
          case "ranking" -> reports.ranking(id, chosen);
          case "scorecard" -> reports.scorecard(id, unit, chosen);
          default -> throw new NotFoundException("report.unknown", report);
        };
    return ReportFiles.of(produced);
  }

  @GET
  @Path("draft")
  public ReportDraftJson reportDraft(@PathParam("id") long id) {
    return ReportDraftJson.of(drafts.reportDraft(id));
  }

  @PUT
  @Path("draft")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReportDraftJson saveReportDraft(@PathParam("id") long id, ReportDraftJson request) {
    ReportDraftJson r = Bodies.required(request);
    ReportDraft entered = new ReportDraft(id);
    entered.set(
        r.number(),
        r.issuedOn(),
        r.signerTitle(),
        r.signerName(),
        r.recipients(),
        r.difficulties(),
        r.recommendations());
    return ReportDraftJson.of(drafts.saveReportDraft(id, entered));
  }
}
