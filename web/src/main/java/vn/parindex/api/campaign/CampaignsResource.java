package vn.parindex.api.campaign;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.parindex.api.assessment.AssessmentJson.LeafJson;
import vn.parindex.api.assessment.AssessmentJson.WorkspaceJson;
import vn.parindex.api.assessment.EvidenceRequestsResource;
import vn.parindex.api.assessment.EvidenceResource;
import vn.parindex.api.assessment.SubjectScoresResource;
import vn.parindex.api.problem.Bodies;
import vn.parindex.api.problem.TooLargeException;
import vn.parindex.appraisal.AppraisalRounds;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.appraisal.Comparison;
import vn.parindex.appraisal.Publication;
import vn.parindex.appraisal.SurveyService;
import vn.parindex.assessment.ConsolidationXlsx;
import vn.parindex.assessment.Reminder;
import vn.parindex.assessment.ReminderService;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.campaign.AssignmentCsv;
import vn.parindex.campaign.Assignments;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.FocalPair;
import vn.parindex.campaign.FocalPairStatus;
import vn.parindex.campaign.IssuedNomination;
import vn.parindex.campaign.NewCampaign;
import vn.parindex.campaign.Nomination;
import vn.parindex.campaign.Person;
import vn.parindex.campaign.Phases;
import vn.parindex.campaign.ReportDraft;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.ranking.Bands;
import vn.parindex.reports.ReportFormat;
import vn.parindex.reports.ReportService;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Violation;
import vn.parindex.web.shell.Downloads;

/** Campaigns: creation, the assignment of criteria to lead units, opening, cloning, focal pairs. */
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CampaignsResource {
  /** An assignment table is a few dozen rows. */
  private static final int MAX_TABLE_BYTES = 1024 * 1024;

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject CampaignService service;
  @Inject SelfAssessmentService assessments;
  @Inject SurveyService surveys;
  @Inject AppraisalService appraisals;
  @Inject AppraisalRounds rounds;
  @Inject ReportService reports;
  @Inject ReminderService reminderService;

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
      String name,
      Integer year,
      Long frameworkId,
      String kind,
      List<String> subjectUnitCodes,
      PhasesJson phases) {}

  /** The request to clone a campaign into a later year, on the same or a newer framework. */
  public record CloneCampaign(String name, Integer year, Long frameworkId) {}

  /** A leaf with its lead unit and the units asked for evidence. */
  public record AssignmentJson(
      String nodeCode, String leadUnitCode, List<String> coordinatingUnitCodes) {
    static AssignmentJson of(Assignments.Assignment a) {
      return new AssignmentJson(a.nodeCode(), a.leadUnitCode(), a.coordinatingUnitCodes());
    }
  }

  /** A member of a focal pair. */
  public record PersonJson(String fullName, String title, String phone, String email) {
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
    static FocalPairJson of(FocalPairStatus s) {
      return of(s.unit(), s.pair(), s.overdue(), null, null);
    }

    static FocalPairJson of(
        OrganisationUnit unit,
        FocalPair p,
        boolean overdue,
        String leaderPassword,
        String officerPassword) {
      return new FocalPairJson(
          unit.getCode(),
          unit.getNameVi(),
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
                request.phases() == null ? null : request.phases().toPhases()));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(campaign.getId())).build())
        .entity(CampaignJson.of(campaign))
        .build();
  }

  @POST
  @Path("{id}/assignments")
  @Consumes("text/csv")
  public Response importAssignments(
      @PathParam("id") long id, InputStream body, @Context UriInfo uri) throws IOException {
    byte[] bytes = TooLargeException.readAtMost(body, MAX_TABLE_BYTES);
    Assignments.Result result =
        service.importAssignments(
            id,
            AssignmentCsv.read(
                new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)));
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

  @GET
  @Path("{id}/focal-pairs")
  public List<FocalPairJson> focalPairs(@PathParam("id") long id) {
    return service.focalPairs(id).stream().map(FocalPairJson::of).toList();
  }

  @PUT
  @Path("{id}/focal-pairs/{unitCode}")
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
        pair.getUnit(), pair, false, issued.leaderPassword(), issued.officerPassword());
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

  /** A correction's reason, when results are published again. */
  public record PublishRequest(String reason) {}

  /** What a publication froze. */
  public record PublicationJson(int version, Instant publishedAt, String reason) {}

  /** Caps on bonus and penalty points, and the classification bands ({@code [{name, from}]}). */
  public record ResultSettingsJson(
      BigDecimal bonusCap, BigDecimal penaltyCap, List<Bands.Band> bands) {}

  @PUT
  @Path("{id}/result-settings")
  @Consumes(MediaType.APPLICATION_JSON)
  public ResultSettingsJson resultSettings(@PathParam("id") long id, ResultSettingsJson request) {
    ResultSettingsJson r = Bodies.required(request);
    Campaign c = appraisals.resultSettings(id, r.bonusCap(), r.penaltyCap(), r.bands());
    return new ResultSettingsJson(c.getBonusCap(), c.getPenaltyCap(), c.getBands().bands());
  }

  /** Which subjects have not sent their work: round 1 starts without them only if confirmed. */
  public record RoundRequest(List<String> confirmUnsubmitted) {}

  /**
   * Round 1 after self-assessment, round 2 after the explanation window; 409 naming the subjects
   * that have not submitted unless the body confirms each of them.
   */
  @POST
  @Path("{id}/rounds")
  public CampaignJson startRound(@PathParam("id") long id, RoundRequest request) {
    List<String> confirmed =
        request == null || request.confirmUnsubmitted() == null
            ? List.of()
            : request.confirmUnsubmitted();
    return CampaignJson.of(rounds.startRound(id, confirmed));
  }

  /** The subjects that round 1 would start without. */
  @GET
  @Path("{id}/rounds/unsubmitted")
  public List<String> unsubmitted(@PathParam("id") long id) {
    return rounds.unsubmitted(id).stream().map(OrganisationUnit::getCode).toList();
  }

  @POST
  @Path("{id}/explanation-window")
  public CampaignJson openExplanationWindow(@PathParam("id") long id) {
    return CampaignJson.of(rounds.openExplanationWindow(id));
  }

  /** The council approves: every score is locked. */
  @POST
  @Path("{id}/finalise")
  public CampaignJson finalise(@PathParam("id") long id) {
    return CampaignJson.of(appraisals.finalise(id));
  }

  /** Freezes the results into a published version; a correction needs its reason. */
  @POST
  @Path("{id}/publish")
  public PublicationJson publish(@PathParam("id") long id, PublishRequest request) {
    Publication p = appraisals.publish(id, request == null ? null : request.reason());
    return new PublicationJson(p.getNumber(), p.getPublishedAt(), p.getReason());
  }

  /**
   * {@code [{unitCode, group, total, applicableMax, index, rank, previousRank, classification,
   * fields}]}: live for Sở Nội vụ and appraisers, the published version for everyone else.
   */
  @GET
  @Path("{id}/results")
  public Response results(@PathParam("id") long id) {
    return Response.ok(appraisals.resultsJson(id), MediaType.APPLICATION_JSON + ";charset=UTF-8")
        .build();
  }

  /**
   * The Ministry's appraised points of the province ({@code node_code,points}, CSV or XLSX): 201,
   * or 422 naming each wrong row with nothing saved.
   */
  @POST
  @Path("{id}/ministry-scores")
  @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importMinistry(@PathParam("id") long id, InputStream body, @Context UriInfo uri)
      throws IOException {
    SurveyService.Imported imported =
        appraisals.importMinistry(id, TooLargeException.readAtMost(body, MAX_TABLE_BYTES));
    return Response.created(uri.getAbsolutePath())
        .entity(new SurveyImportJson(imported.added(), imported.updated()))
        .build();
  }

  /** Self-score against the Ministry's points, per leaf (with earlier years) and per lead unit. */
  @GET
  @Path("{id}/comparison")
  public Comparison comparison(@PathParam("id") long id) {
    return appraisals.comparison(id);
  }

  /** One subject's survey points on one SURVEY leaf. */
  public record SurveyJson(
      String unitCode, String nodeCode, BigDecimal points, BigDecimal percent) {}

  /** What a survey table load did. */
  public record SurveyImportJson(int added, int updated) {}

  /**
   * The sociological survey's points, as CSV or XLSX ({@code unit_code,node_code,points} or {@code
   * …,percent}): 201, or 422 naming each wrong row with nothing saved.
   */
  @POST
  @Path("{id}/survey-scores")
  @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importSurvey(@PathParam("id") long id, InputStream body, @Context UriInfo uri)
      throws IOException {
    SurveyService.Imported imported =
        surveys.importTable(id, TooLargeException.readAtMost(body, MAX_TABLE_BYTES));
    return Response.created(uri.getAbsolutePath())
        .entity(new SurveyImportJson(imported.added(), imported.updated()))
        .build();
  }

  @GET
  @Path("{id}/survey-scores")
  public List<SurveyJson> surveyScores(@PathParam("id") long id) {
    return surveys.scores(id).stream()
        .map(
            s ->
                new SurveyJson(
                    s.getSubject().getCode(), s.getNodeCode(), s.getPoints(), s.getPercent()))
        .toList();
  }

  /**
   * An official document of the campaign ({@code self-assessment}, {@code progress}, {@code
   * ranking}, {@code scorecard}) as {@code pdf}, {@code docx} or {@code xlsx}, a file with its
   * Vietnamese name; or as {@code html}, the preview the reports page shows in place.
   */
  @GET
  @Path("{id}/reports/{report}")
  @Produces({
    "application/pdf",
    XLSX,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "text/html;charset=UTF-8"
  })
  public Response report(
      @PathParam("id") long id,
      @PathParam("report") String report,
      @QueryParam("format") String format,
      @QueryParam("unit") String unit) {
    ReportFormat chosen;
    try {
      chosen = ReportFormat.valueOf(String.valueOf(format).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(Violation.ofField("format", "report.format", format));
    }
    ReportService.Report produced =
        switch (report) {
          case "self-assessment" -> reports.selfAssessment(id, chosen);
          case "progress" -> reports.progress(id, chosen);
          case "ranking" -> reports.ranking(id, chosen);
          case "scorecard" -> reports.scorecard(id, unit, chosen);
          default -> throw new NotFoundException("report.unknown", report);
        };
    return Response.ok(produced.content(), chosen.mediaType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            chosen == ReportFormat.HTML
                ? "inline"
                : Downloads.contentDisposition(produced.fileName()))
        .build();
  }

  /** A reminder sent to a unit that was behind. */
  public record ReminderJson(
      String unitCode,
      List<String> reasons,
      String recipients,
      Instant sentAt,
      String sentBy,
      boolean delivered,
      String failure) {
    static ReminderJson of(Reminder r) {
      return new ReminderJson(
          r.getUnitCode(),
          r.getReasons().stream().map(Enum::name).toList(),
          r.getRecipients(),
          r.getSentAt(),
          r.getSentBy(),
          r.isDelivered(),
          r.getFailure());
    }
  }

  /** Reminds every unit that is behind now, by e-mail; gives the reminders made. */
  @POST
  @Path("{id}/reminders")
  public List<ReminderJson> remind(@PathParam("id") long id) {
    return reminderService.remindNow(id).stream().map(ReminderJson::of).toList();
  }

  /** Every reminder of the campaign, newest first. */
  @GET
  @Path("{id}/reminders")
  public List<ReminderJson> reminders(@PathParam("id") long id) {
    return reminderService.reminders(id).stream().map(ReminderJson::of).toList();
  }

  /** The number, date, signer, recipients and free text of the self-assessment report. */
  public record ReportDraftJson(
      String number,
      LocalDate issuedOn,
      String signerTitle,
      String signerName,
      String recipients,
      String difficulties,
      String recommendations) {
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

  @GET
  @Path("{id}/report-draft")
  public ReportDraftJson reportDraft(@PathParam("id") long id) {
    return ReportDraftJson.of(service.reportDraft(id));
  }

  @PUT
  @Path("{id}/report-draft")
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
    return ReportDraftJson.of(service.saveReportDraft(id, entered));
  }

  /** What a unit must score, where it stands and whether it may still edit. */
  @GET
  @Path("{id}/units/{unitCode}/workspace")
  public WorkspaceJson workspace(@PathParam("id") long id, @PathParam("unitCode") String unit) {
    return WorkspaceJson.of(unit, assessments.workspace(id, unit));
  }

  /**
   * The coordinator's consolidation: every leaf with its lead unit, state, self-score, evidence
   * count and flag; as a workbook with {@code ?format=xlsx}.
   */
  @GET
  @Path("{id}/scores")
  @Produces({MediaType.APPLICATION_JSON + ";charset=UTF-8", XLSX})
  public Response consolidation(@PathParam("id") long id, @QueryParam("format") String format) {
    List<WorkspaceLeaf> leaves = assessments.consolidation(id);
    if ("xlsx".equals(format)) {
      StreamingOutput body = out -> ConsolidationXlsx.write(leaves, out);
      return Response.ok(body, XLSX)
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              Downloads.contentDisposition("Tổng hợp tự chấm đợt " + id + ".xlsx"))
          .build();
    }
    return Response.ok(leaves.stream().map(LeafJson::of).toList(), MediaType.APPLICATION_JSON_TYPE)
        .build();
  }
}
