package vn.parindex.api.campaign;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.parindex.api.assessment.AssessmentJson.LeafJson;
import vn.parindex.api.assessment.AssessmentJson.WorkspaceJson;
import vn.parindex.api.assessment.EvidenceRequestsResource;
import vn.parindex.api.assessment.EvidenceResource;
import vn.parindex.api.assessment.OfflineSheetResource;
import vn.parindex.api.assessment.SubjectScoresResource;
import vn.parindex.api.problem.Bodies;
import vn.parindex.assessment.Consolidation;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.assessment.adapter.ConsolidationXlsx;
import vn.parindex.campaign.AssignmentCsv;
import vn.parindex.campaign.Assignments;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.NewCampaign;
import vn.parindex.campaign.Phases;
import vn.parindex.evidence.CampaignEvidenceBundle;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.MaxLength;
import vn.parindex.shared.PageRequest;
import vn.parindex.shared.ResultPage;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Violation;
import vn.parindex.web.shell.Downloads;
import vn.parindex.web.shell.Messages;
import vn.parindex.web.shell.UserPreferences;

/**
 * Campaigns: creation, the assignment of criteria to lead units, opening, cloning, a unit's
 * workspace and the consolidation. Each stage has its own resource under {@code campaigns/{id}/}:
 * focal pairs, subjects, evidence, appraisal, results, reports, reminders, survey and Ministry
 * scores.
 */
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CampaignsResource {
  /** Leaves in a page of the consolidation, unless the caller asks for another number. */
  static final int PAGE = 500;

  static final int MAX_PAGE = PageRequest.MAX_SIZE;

  @Inject CampaignService service;
  @Inject SelfAssessmentService assessments;
  @Inject Consolidation consolidation;
  @Inject UserPreferences preferences;
  @Inject Messages messages;
  @Inject CampaignEvidenceBundle bundles;

  /** The dates of a campaign; any may be left out while it is a draft. */
  public record PhasesJson(
      LocalDate nominationDue,
      LocalDate selfAssessmentOpens,
      LocalDate selfAssessmentCloses,
      LocalDate reviewDue,
      LocalDate appraisalDue,
      LocalDate explanationDue,
      LocalDate finalisationDue,
      LocalDate publicationDue) {
    Phases toPhases() {
      return new Phases(
          nominationDue,
          selfAssessmentOpens,
          selfAssessmentCloses,
          reviewDue,
          appraisalDue,
          explanationDue,
          finalisationDue,
          publicationDue);
    }
  }

  /** The request to create a campaign. */
  public record CreateCampaign(
      @MaxLength(300) String name,
      Integer year,
      Long frameworkId,
      String kind,
      List<String> subjectUnitCodes,
      PhasesJson phases,
      Boolean fourEyes) {}

  /** The request to clone a campaign into a later year, on the same or a newer framework. */
  public record CloneCampaign(@MaxLength(300) String name, Integer year, Long frameworkId) {}

  /** A leaf with its lead unit and the units asked for evidence. */
  public record AssignmentJson(
      String nodeCode, String leadUnitCode, List<String> coordinatingUnitCodes) {
    static AssignmentJson of(Assignments.Assignment a) {
      return new AssignmentJson(a.nodeCode(), a.leadUnitCode(), a.coordinatingUnitCodes());
    }
  }

  /** A criterion a unit works on. */
  public record CriterionJson(String code, String nameVi, BigDecimal maxScore, String rule) {
    static CriterionJson of(FrameworkNode n) {
      return new CriterionJson(
          n.getCode(),
          n.getNameVi(),
          n.getMaxScore(),
          n.getRuleType() == null ? null : n.getRuleType().name());
    }
  }

  @GET
  public List<CampaignJson> list() {
    return service.list().stream().map(CampaignJson::of).toList();
  }

  @GET
  @Path("{id}")
  public CampaignJson get(@PathParam("id") long id) {
    return CampaignJson.of(service.get(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CreateCampaign request, @Context UriInfo uri) {
    Bodies.required(request);
    Campaign campaign =
        service.create(
            new NewCampaign(
                request.name(),
                request.year(),
                request.frameworkId(),
                request.kind(),
                request.subjectUnitCodes(),
                request.phases() == null ? null : request.phases().toPhases(),
                request.fourEyes()));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(campaign.getId())).build())
        .entity(CampaignJson.of(campaign))
        .build();
  }

  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @POST
  @Path("{id}/assignments")
  @Consumes("text/csv")
  public Response importAssignments(
      @PathParam("id") long id, InputStream body, @Context UriInfo uri) throws IOException {
    Assignments.Result result = service.importAssignments(id, AssignmentCsv.read(Bodies.csv(body)));
    return Response.created(uri.getAbsolutePath())
        .entity(result.assignments().stream().map(AssignmentJson::of).toList())
        .build();
  }

  @GET
  @Path("{id}/assignments")
  public List<AssignmentJson> assignments(@PathParam("id") long id) {
    return service.assignments(id).stream().map(AssignmentJson::of).toList();
  }

  @GET
  @Path("{id}/units/{unitCode}/criteria")
  public List<CriterionJson> criteria(
      @PathParam("id") long id, @PathParam("unitCode") String unitCode) {
    return service.leavesOf(id, unitCode).stream().map(CriterionJson::of).toList();
  }

  @POST
  @Path("{id}/open")
  public CampaignJson open(@PathParam("id") long id) {
    return CampaignJson.of(service.open(id));
  }

  @POST
  @Path("{id}/clone")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response cloneInto(@PathParam("id") long id, CloneCampaign request, @Context UriInfo uri) {
    Bodies.required(request);
    Campaign next = service.cloneInto(id, request.name(), request.year(), request.frameworkId());
    return Response.created(
            uri.getBaseUriBuilder().path("campaigns").path(String.valueOf(next.getId())).build())
        .entity(CampaignJson.of(next))
        .build();
  }

  /** One subject's scores, flags, evidence and the workflow of its self-assessment. */
  @Path("{id}/subjects")
  public SubjectScoresResource subjects(@Context ResourceContext resources) {
    return resources.getResource(SubjectScoresResource.class);
  }

  /** Evidence files and their revisions. */
  @Path("{id}/evidence")
  public EvidenceResource evidence(@Context ResourceContext resources) {
    return resources.getResource(EvidenceResource.class);
  }

  /** Requests for evidence between units. */
  @Path("{id}/evidence-requests")
  public EvidenceRequestsResource evidenceRequests(@Context ResourceContext resources) {
    return resources.getResource(EvidenceRequestsResource.class);
  }

  /**
   * Every document of the campaign in one ZIP for the Ministry's software: a folder per field,
   * criterion and sub-criterion, files named by number and date, an index workbook with each file's
   * SHA-256; streamed from the store. Sở Nội vụ's.
   */
  @GET
  @Path("{id}/evidence-bundle")
  @Produces(Bodies.ZIP)
  public Response evidenceBundle(@PathParam("id") long id) {
    CampaignEvidenceBundle.Contents contents = bundles.of(id);
    Locale locale = preferences.getLocale();
    List<String> titles =
        CampaignEvidenceBundle.COLUMNS.stream().map(k -> messages.get(locale, k)).toList();
    StreamingOutput body = out -> bundles.write(contents, titles, out);
    return Downloads.attachment(
            body, Bodies.ZIP, messages.get(locale, "evidence.campaignBundle.file", id))
        .build();
  }

  /** A unit's offline scoring sheet: the workbook, and its upload compared and saved. */
  @Path("{id}/units/{unitCode}/sheet")
  public OfflineSheetResource sheet(@Context ResourceContext resources) {
    return resources.getResource(OfflineSheetResource.class);
  }

  /** What a unit must score, where it stands and whether it may still edit. */
  @GET
  @Path("{id}/units/{unitCode}/workspace")
  public WorkspaceJson workspace(@PathParam("id") long id, @PathParam("unitCode") String unit) {
    return WorkspaceJson.of(unit, assessments.workspace(id, unit));
  }

  /**
   * The coordinator's consolidation: its leaves with their lead unit, state, self-score, evidence
   * count and flag, {@code size} (at most {@value #MAX_PAGE}, {@value #PAGE} unless given) from
   * {@code first}, of those led by {@code lead} when given; the number of all of them in {@code
   * X-Total-Count} and the next page in {@code Link}. As a workbook of every leaf with {@code
   * ?format=xlsx}.
   */
  @GET
  @Path("{id}/scores")
  @Produces({MediaType.APPLICATION_JSON + ";charset=UTF-8", Bodies.XLSX})
  public Response consolidation(
      @PathParam("id") long id,
      @QueryParam("format") String format,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("" + PAGE) int size,
      @QueryParam("lead") String lead,
      @Context UriInfo uri) {
    if ("xlsx".equals(format)) {
      List<WorkspaceLeaf> leaves = assessments.consolidation(id);
      Locale locale = preferences.getLocale();
      StreamingOutput body =
          out -> ConsolidationXlsx.write(leaves, key -> messages.get(locale, key), out);
      return Downloads.attachment(
              body, Bodies.XLSX, messages.get(locale, "consolidation.xlsx.file", id))
          .build();
    }
    if (first < 0 || size < 1 || size > MAX_PAGE) {
      throw InvalidInputException.of(Violation.ofField("size", "page.range", 1, MAX_PAGE));
    }
    ResultPage<WorkspaceLeaf> page =
        consolidation.page(id, new PageRequest(first, size, null, null, false), lead);
    Response.ResponseBuilder ok =
        Response.ok(
                page.rows().stream().map(LeafJson::of).toList(), MediaType.APPLICATION_JSON_TYPE)
            .header("X-Total-Count", page.total());
    if (first + size < page.total()) {
      ok.link(uri.getRequestUriBuilder().replaceQueryParam("first", first + size).build(), "next");
    }
    return ok.build();
  }
}
