package vn.parindex.api.assessment;

import static vn.parindex.api.assessment.AssessmentJson.AdjustmentJson;
import static vn.parindex.api.assessment.AssessmentJson.AppraisalJson;
import static vn.parindex.api.assessment.AssessmentJson.AppraisalRequest;
import static vn.parindex.api.assessment.AssessmentJson.AuditJson;
import static vn.parindex.api.assessment.AssessmentJson.CommentJson;
import static vn.parindex.api.assessment.AssessmentJson.CommentRequest;
import static vn.parindex.api.assessment.AssessmentJson.EvidenceJson;
import static vn.parindex.api.assessment.AssessmentJson.RequestAsk;
import static vn.parindex.api.assessment.AssessmentJson.RequestJson;
import static vn.parindex.api.assessment.AssessmentJson.RiskRequest;
import static vn.parindex.api.assessment.AssessmentJson.ScoreJson;
import static vn.parindex.api.assessment.AssessmentJson.ScoreRequest;
import static vn.parindex.api.assessment.AssessmentJson.StepRequest;
import static vn.parindex.api.assessment.AssessmentJson.SubmissionJson;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.List;
import vn.parindex.api.problem.Bodies;
import vn.parindex.appraisal.Adjustment;
import vn.parindex.appraisal.AppraisalInput;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.appraisal.CampaignResults;
import vn.parindex.appraisal.Explanation;
import vn.parindex.assessment.LeafComment;
import vn.parindex.assessment.LeafScore;
import vn.parindex.assessment.LeafState;
import vn.parindex.assessment.RiskInput;
import vn.parindex.assessment.ScoreInput;
import vn.parindex.assessment.ScoreResult;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.assessment.Submission;
import vn.parindex.assessment.SubmissionWorkflow;
import vn.parindex.evidence.EvidenceLink;
import vn.parindex.evidence.EvidenceRequest;
import vn.parindex.evidence.EvidenceRequestService;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.web.shell.Texts;
import vn.parindex.web.shell.UserPreferences;

/**
 * {@code campaigns/{id}/subjects}: one subject's leaves (for a PROVINCIAL campaign the subject is
 * the province): scores, at-risk flags, evidence, history, and the workflow steps of the work.
 * Workflow steps of a PROVINCIAL campaign concern the caller's own lead unit, or {@code ?unit=}.
 */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SubjectScoresResource {
  @Inject SelfAssessmentService assessments;
  @Inject SubmissionWorkflow workflow;
  @Inject EvidenceService evidence;
  @Inject EvidenceRequestService requests;
  @Inject AppraisalService appraisals;
  @Inject CampaignResults results;
  @Inject Texts texts;
  @Inject UserPreferences preferences;

  @PUT
  @Path("{subject}/scores/{node}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ScoreJson score(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node,
      ScoreRequest request) {
    ScoreRequest r = Bodies.required(request);
    ScoreResult result =
        assessments.score(
            id,
            subject,
            node,
            new ScoreInput(
                r.value(),
                r.selfScore(),
                r.explanation(),
                r.version(),
                r.reason(),
                r.overrideReason()));
    return ScoreJson.of(result, texts.in(preferences.getLocale(), result.ruleExplanation()));
  }

  @PUT
  @Path("{subject}/risks/{node}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ScoreJson flag(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node,
      RiskRequest request) {
    RiskRequest r = Bodies.required(request);
    LeafScore score =
        assessments.flag(
            id,
            subject,
            node,
            new RiskInput(
                Boolean.TRUE.equals(r.atRisk()),
                r.cause(),
                r.remedy(),
                r.owner(),
                r.due(),
                r.version()));
    return ScoreJson.of(new ScoreResult(score, null, LeafState.SCORED), null);
  }

  @GET
  @Path("{subject}/scores/{node}/history")
  public List<AuditJson> history(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node) {
    return assessments.trail(id, subject, node).stream().map(AuditJson::of).toList();
  }

  @POST
  @Path("{subject}/scores/{node}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  public ScoreJson returnLeaf(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node,
      StepRequest request) {
    LeafScore score = assessments.returnLeaf(id, subject, node, Bodies.required(request).comment());
    return ScoreJson.of(new ScoreResult(score, null, LeafState.RETURNED), null);
  }

  /**
   * A workflow step of the work on this subject: {@code submit} (officer), {@code approve} and
   * {@code return-to-officer} (leader, the latter with a comment), {@code return} and {@code
   * reopen} (coordinator, with a comment).
   */
  @POST
  @Path("{subject}/{step: submit|approve|return-to-officer|return|reopen}")
  @Consumes(MediaType.APPLICATION_JSON)
  public SubmissionJson step(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("step") String step,
      @QueryParam("unit") String unit,
      StepRequest request) {
    String comment = request == null ? null : request.comment();
    Submission done =
        switch (step) {
          case "submit" -> workflow.submit(id, subject, unit, comment);
          case "approve" -> workflow.approve(id, subject, unit, comment);
          case "return-to-officer" -> workflow.returnToOfficer(id, subject, unit, comment);
          case "return" -> workflow.returnUnit(id, subject, unit, comment);
          default -> workflow.reopen(id, subject, unit, comment);
        };
    return SubmissionJson.of(done);
  }

  /**
   * A document for a leaf: multipart with {@code file} and the optional fields {@code number},
   * {@code date} (yyyy-MM-dd), {@code issuer}, {@code citation}. The container parks large parts on
   * disk; the store copies the part while hashing it and stops at the configured limit.
   */
  @POST
  @Path("{subject}/scores/{node}/evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node,
      @Context HttpServletRequest request,
      @Context UriInfo uri)
      throws IOException {
    EvidenceLink link =
        Multipart.receive(
            request,
            (content, fileName, metadata) ->
                evidence.upload(id, subject, node, content, fileName, metadata));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(link.getDocument().getId())).build())
        .entity(EvidenceJson.of(link.getDocument(), link))
        .build();
  }

  @GET
  @Path("{subject}/scores/{node}/evidence")
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
  @Path("{subject}/scores/{node}/evidence/{document}")
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

  /** Asks another unit for evidence on this leaf, by a date. */
  @POST
  @Path("{subject}/scores/{node}/requests")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response ask(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node,
      RequestAsk request,
      @Context UriInfo uri) {
    RequestAsk r = Bodies.required(request);
    EvidenceRequest asked = requests.ask(id, subject, node, r.toUnitCode(), r.message(), r.due());
    return Response.created(
            uri.getBaseUriBuilder()
                .path("campaigns/{id}/evidence-requests/{request}")
                .build(id, asked.getId()))
        .entity(RequestJson.of(asked, false))
        .build();
  }

  @GET
  @Path("{subject}/scores/{node}/comments")
  public List<CommentJson> comments(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node) {
    return assessments.comments(id, subject, node).stream().map(CommentJson::of).toList();
  }

  @POST
  @Path("{subject}/scores/{node}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response comment(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node,
      CommentRequest request,
      @Context UriInfo uri) {
    LeafComment comment = assessments.comment(id, subject, node, Bodies.required(request).text());
    return Response.created(uri.getAbsolutePath()).entity(CommentJson.of(comment)).build();
  }

  /** An appraiser's score of the leaf in the current round (INTERNAL campaigns). */
  @PUT
  @Path("{subject}/appraisals/{node}")
  @Consumes(MediaType.APPLICATION_JSON)
  public AppraisalJson appraise(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node,
      AppraisalRequest request) {
    AppraisalRequest r = Bodies.required(request);
    return AppraisalJson.of(
        appraisals.appraise(
            id,
            subject,
            node,
            new AppraisalInput(
                r.round(),
                r.score(),
                r.comment(),
                Boolean.TRUE.equals(r.needsExplanation()),
                Boolean.TRUE.equals(r.notApplicable()),
                r.version())));
  }

  /** The subject unit's explanation of what round 1 asked. */
  @PUT
  @Path("{subject}/explanations/{node}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CommentJson explain(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node,
      CommentRequest request) {
    Explanation e = appraisals.explain(id, subject, node, Bodies.required(request).text());
    return new CommentJson(e.getAuthor(), null, e.getText());
  }

  /** A document sent with the explanation of a leaf, while the window is open. */
  @POST
  @Path("{subject}/explanations/{node}/evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response explanationEvidence(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node,
      @Context HttpServletRequest request,
      @Context UriInfo uri)
      throws IOException {
    EvidenceLink link =
        Multipart.receive(
            request,
            (content, fileName, metadata) ->
                evidence.uploadWithExplanation(id, subject, node, content, fileName, metadata));
    return Response.created(uri.getAbsolutePath())
        .entity(EvidenceJson.of(link.getDocument(), link))
        .build();
  }

  /** Bonus and penalty points of the subject, during appraisal. */
  @PUT
  @Path("{subject}/adjustment")
  @Consumes(MediaType.APPLICATION_JSON)
  public AdjustmentJson adjust(
      @PathParam("id") long id, @PathParam("subject") String subject, AdjustmentJson request) {
    AdjustmentJson r = Bodies.required(request);
    Adjustment a = results.adjust(id, subject, r.bonus(), r.penalty(), r.reason());
    return new AdjustmentJson(a.getBonus(), a.getPenalty(), a.getReason());
  }

  /** Takes a document off a leaf; {@code reason} is required and kept. */
  @DELETE
  @Path("{subject}/scores/{node}/evidence/{document}")
  public EvidenceJson unlink(
      @PathParam("id") long id,
      @PathParam("subject") String subject,
      @PathParam("node") String node,
      @PathParam("document") long document,
      @QueryParam("reason") String reason) {
    EvidenceLink link = evidence.removeLink(id, subject, node, document, reason);
    return EvidenceJson.of(link.getDocument(), link);
  }
}
