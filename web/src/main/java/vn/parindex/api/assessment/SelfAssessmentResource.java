package vn.parindex.api.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.assessment.LeafScore;
import vn.parindex.assessment.LeafState;
import vn.parindex.assessment.RiskInput;
import vn.parindex.assessment.ScoreInput;
import vn.parindex.assessment.ScoreResult;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.assessment.Submission;
import vn.parindex.assessment.Workspace;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.evidence.EvidenceDocument;
import vn.parindex.evidence.EvidenceLink;
import vn.parindex.evidence.EvidenceMetadata;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/**
 * Self-assessment over HTTP: scores, at-risk flags, evidence documents, the workflow steps, a
 * leaf's audit trail and the coordinator's consolidation. For a PROVINCIAL campaign the subject is
 * the province; workflow steps then concern the caller's own lead unit, or {@code ?unit=}.
 *
 * <p>Reached through {@code campaigns/{id}} of the campaigns resource: a second root resource under
 * {@code campaigns/} would win every {@code campaigns/{id}/...} request by the matching rules and
 * hide the campaign endpoints.
 */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SelfAssessmentResource {
  @Inject SelfAssessmentService assessments;
  @Inject EvidenceService evidence;

  /** A score as the officer saves it. */
  public record ScoreRequest(
      BigDecimal value, BigDecimal selfScore, String explanation, Long version, String reason) {}

  /** A saved score. */
  public record ScoreJson(
      String nodeCode,
      BigDecimal value,
      BigDecimal selfScore,
      BigDecimal suggestedScore,
      String explanationOfRule,
      String explanation,
      boolean atRisk,
      long version,
      String status) {
    static ScoreJson of(ScoreResult result) {
      LeafScore s = result.score();
      return new ScoreJson(
          s.getNodeCode(),
          s.getValue(),
          s.getSelfScore(),
          s.getSuggestedScore(),
          result.ruleExplanation(),
          s.getExplanation(),
          s.isAtRisk(),
          s.getVersion(),
          result.state().name());
    }
  }

  /** An at-risk flag. */
  public record RiskRequest(
      boolean atRisk, String cause, String remedy, String owner, LocalDate due, Long version) {}

  /** A workflow step's comment. */
  public record StepRequest(String comment) {}

  /** A unit's work after a workflow step. */
  public record SubmissionJson(
      String unitCode, String status, int timesReturned, boolean reopened) {
    static SubmissionJson of(Submission s) {
      return new SubmissionJson(
          s.getUnit().getCode(), s.getStatus().name(), s.getTimesReturned(), s.isReopened());
    }
  }

  /** One leaf of a workspace or of the consolidation. */
  public record LeafJson(
      String subjectUnitCode,
      String nodeCode,
      String title,
      BigDecimal max,
      String leadUnitCode,
      List<String> coordinatingUnitCodes,
      BigDecimal selfScore,
      BigDecimal previousScore,
      String status,
      int evidenceCount,
      boolean atRisk,
      BigDecimal pointsAtRisk,
      Long version) {
    static LeafJson of(WorkspaceLeaf l) {
      return new LeafJson(
          l.getSubject().getCode(),
          l.getCode(),
          l.getNode().getNameVi(),
          l.getNode().getMaxScore(),
          l.getLeadUnitCode(),
          l.getCoordinatingUnitCodes(),
          l.getSelfScore(),
          l.getPreviousScore(),
          l.getState().name(),
          l.getEvidenceCount(),
          l.isAtRisk(),
          l.getPointsAtRisk(),
          l.getScore() == null ? null : l.getScore().getVersion());
    }
  }

  /** A unit's workspace. */
  public record WorkspaceJson(
      String unitCode,
      String status,
      boolean editable,
      BigDecimal selfTotal,
      BigDecimal maxTotal,
      List<LeafJson> leaves) {}

  /** A document as stored. */
  public record EvidenceJson(
      long id,
      Long linkId,
      String sha256,
      long size,
      String mediaType,
      String fileName,
      String number,
      LocalDate date,
      String issuer,
      String citation,
      int revision,
      boolean removed,
      String removalReason) {
    static EvidenceJson of(EvidenceDocument d, EvidenceLink link) {
      return new EvidenceJson(
          d.getId(),
          link == null ? null : link.getId(),
          d.getSha256(),
          d.getSize(),
          d.getContentType(),
          d.getFileName(),
          d.getNumber(),
          d.getIssuedOn(),
          d.getIssuer(),
          d.getCitation(),
          d.getRevision(),
          link != null && link.isRemoved(),
          link == null ? null : link.getRemovalReason());
    }
  }

  /** One recorded change. */
  public record AuditJson(
      String field, String oldValue, String newValue, String actor, Instant at, String reason) {
    static AuditJson of(AuditEntry a) {
      return new AuditJson(
          a.getField(), a.getOldValue(), a.getNewValue(), a.getActor(), a.getAt(), a.getReason());
    }
  }

  @GET
  @Path("units/{unitCode}/workspace")
  public WorkspaceJson workspace(@PathParam("id") long id, @PathParam("unitCode") String unit) {
    Workspace w = assessments.workspace(id, unit);
    return new WorkspaceJson(
        unit,
        w.submission() == null ? null : w.submission().getStatus().name(),
        w.editable(),
        w.selfTotal(),
        w.maxTotal(),
        w.leaves().stream().map(LeafJson::of).toList());
  }

  @GET
  @Path("scores")
  public List<LeafJson> consolidation(@PathParam("id") long id) {
    return assessments.consolidation(id).stream().map(LeafJson::of).toList();
  }

  @PUT
  @Path("subjects/{subject}/scores/{node}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ScoreJson score(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node,
      ScoreRequest request) {
    ScoreRequest r = required(request);
    return ScoreJson.of(
        assessments.score(
            id,
            subject,
            node,
            new ScoreInput(r.value(), r.selfScore(), r.explanation(), r.version(), r.reason())));
  }

  @PUT
  @Path("subjects/{subject}/risks/{node}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ScoreJson flag(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node,
      RiskRequest request) {
    RiskRequest r = required(request);
    LeafScore score =
        assessments.flag(
            id,
            subject,
            node,
            new RiskInput(r.atRisk(), r.cause(), r.remedy(), r.owner(), r.due(), r.version()));
    return ScoreJson.of(new ScoreResult(score, null, LeafState.SCORED));
  }

  @GET
  @Path("subjects/{subject}/scores/{node}/history")
  public List<AuditJson> history(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node) {
    return assessments.trail(id, subject, node).stream().map(AuditJson::of).toList();
  }

  @POST
  @Path("subjects/{subject}/scores/{node}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  public ScoreJson returnLeaf(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node,
      StepRequest request) {
    LeafScore score = assessments.returnLeaf(id, subject, node, required(request).comment());
    return ScoreJson.of(new ScoreResult(score, null, LeafState.RETURNED));
  }

  @POST
  @Path("subjects/{subject}/submit")
  @Consumes(MediaType.APPLICATION_JSON)
  public SubmissionJson submit(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @QueryParam("unit") String unit,
      StepRequest request) {
    return SubmissionJson.of(assessments.submit(id, subject, unit, comment(request)));
  }

  @POST
  @Path("subjects/{subject}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  public SubmissionJson approve(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @QueryParam("unit") String unit,
      StepRequest request) {
    return SubmissionJson.of(assessments.approve(id, subject, unit, comment(request)));
  }

  @POST
  @Path("subjects/{subject}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  public SubmissionJson returnUnit(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @QueryParam("unit") String unit,
      StepRequest request) {
    return SubmissionJson.of(assessments.returnUnit(id, subject, unit, comment(request)));
  }

  @POST
  @Path("subjects/{subject}/reopen")
  @Consumes(MediaType.APPLICATION_JSON)
  public SubmissionJson reopen(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @QueryParam("unit") String unit,
      StepRequest request) {
    return SubmissionJson.of(assessments.reopen(id, subject, unit, comment(request)));
  }

  /**
   * A document for a leaf: multipart with {@code file} and the optional fields {@code number},
   * {@code date} (yyyy-MM-dd), {@code issuer}, {@code citation}. The container parks large parts on
   * disk; the store copies the part while hashing it and stops at the configured limit.
   */
  @POST
  @Path("subjects/{subject}/scores/{node}/evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node,
      @Context HttpServletRequest request,
      @Context UriInfo uri)
      throws IOException, ServletException {
    Part file = filePart(request);
    EvidenceLink link;
    try (InputStream content = file.getInputStream()) {
      link =
          evidence.upload(
              id, subject, node, content, file.getSubmittedFileName(), metadata(request));
    }
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(link.getId())).build())
        .entity(EvidenceJson.of(link.getDocument(), link))
        .build();
  }

  @GET
  @Path("subjects/{subject}/scores/{node}/evidence")
  public List<EvidenceJson> evidenceOf(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node) {
    return evidence.linksOf(id, subject, node).stream()
        .map(l -> EvidenceJson.of(l.getDocument(), l))
        .toList();
  }

  /** Backs one more leaf with a document the caller's unit already uploaded. */
  @POST
  @Path("subjects/{subject}/scores/{node}/evidence/{document}")
  public Response link(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node,
      @PathParam("document") long document,
      @Context UriInfo uri) {
    EvidenceLink link = evidence.linkExisting(id, subject, node, document);
    return Response.created(uri.getAbsolutePath())
        .entity(EvidenceJson.of(link.getDocument(), link))
        .build();
  }

  /** Takes a document off a leaf; {@code reason} is required and kept. */
  @DELETE
  @Path("evidence-links/{link}")
  public EvidenceJson unlink(
      @PathParam("id") long id,
      @PathParam("link") long linkId,
      @QueryParam("reason") String reason) {
    EvidenceLink link = evidence.removeLink(id, linkId, reason);
    return EvidenceJson.of(link.getDocument(), link);
  }

  /**
   * A new revision of a document, which every leaf it backs now points at; the old one is kept. A
   * POST, because the servlet container reads multipart bodies of POST requests only.
   */
  @POST
  @Path("evidence/{document}/revisions")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response replace(
      @PathParam("id") long id,
      @PathParam("document") long document,
      @Context HttpServletRequest request,
      @Context UriInfo uri)
      throws IOException, ServletException {
    Part file = filePart(request);
    EvidenceDocument next;
    try (InputStream content = file.getInputStream()) {
      next =
          evidence.replace(id, document, content, file.getSubmittedFileName(), metadata(request));
    }
    return Response.created(
            uri.getBaseUriBuilder()
                .path("campaigns/{id}/evidence/{document}/content")
                .build(id, next.getId()))
        .entity(EvidenceJson.of(next, null))
        .build();
  }

  @GET
  @Path("evidence/{document}/content")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("id") long id, @PathParam("document") long document)
      throws IOException {
    EvidenceService.Download download = evidence.download(id, document);
    StreamingOutput body =
        out -> {
          try (InputStream in = download.content()) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, download.document().getContentType())
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(download.document().getFileName()))
        .header(HttpHeaders.CONTENT_LENGTH, download.document().getSize())
        .build();
  }

  /** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name, so Vietnamese names survive. */
  static String attachment(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  private static Part filePart(HttpServletRequest request) throws IOException, ServletException {
    Part file = request.getPart("file");
    if (file == null || file.getSubmittedFileName() == null) {
      throw InvalidInputException.of(Violation.ofField("file", "frameworks.file.required"));
    }
    return file;
  }

  private static EvidenceMetadata metadata(HttpServletRequest request) {
    String date = request.getParameter("date");
    LocalDate issued = null;
    if (date != null && !date.isBlank()) {
      try {
        issued = LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        throw InvalidInputException.of(Violation.ofField("date", "error.date", date));
      }
    }
    return new EvidenceMetadata(
        request.getParameter("number"),
        issued,
        request.getParameter("issuer"),
        request.getParameter("citation"));
  }

  private static String comment(StepRequest request) {
    return request == null ? null : request.comment();
  }

  private static <T> T required(T request) {
    if (request == null) {
      throw InvalidInputException.of(Violation.ofField("body", "error.bodyRequired"));
    }
    return request;
  }
}
