package vn.parindex.api.appraisal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.time.Instant;
import java.util.List;
import vn.parindex.api.campaign.CampaignJson;
import vn.parindex.api.problem.Bodies;
import vn.parindex.appraisal.Appraisal;
import vn.parindex.appraisal.Explanation;
import vn.parindex.appraisal.MinistryCut;
import vn.parindex.appraisal.MinistryCuts;
import vn.parindex.appraisal.MinistryCycle;

/**
 * {@code campaigns/{id}/ministry}: a PROVINCIAL campaign after its self-assessment — sent to the
 * Ministry, the cuts explained (the lead unit writes under {@code
 * subjects/{province}/explanations}) and reviewed, the explanation sent, the final points recorded,
 * the year closed.
 */
@Path("campaigns/{id}/ministry")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class MinistryCycleResource {
  @Inject MinistryCycle cycle;
  @Inject MinistryCuts cuts;

  /** Sở Nội vụ's decision on an explanation: a note is required to return it. */
  public record ReviewRequest(Boolean accepted, String note, Long version) {}

  /** Points typed in from the Ministry's decision. */
  public record PointsRequest(BigDecimal points) {}

  /** A cut leaf as the page shows it. */
  public record CutJson(
      String nodeCode,
      String title,
      String leadUnitCode,
      BigDecimal selfScore,
      BigDecimal appraised,
      BigDecimal cut,
      BigDecimal finalPoints,
      ExplanationJson explanation,
      List<MinistryCut.NewDocument> newDocuments) {
    static CutJson of(MinistryCut c) {
      return new CutJson(
          c.nodeCode(),
          c.title(),
          c.leadUnitCode(),
          c.selfScore(),
          c.appraised(),
          c.cut(),
          c.finalPoints(),
          c.explanation() == null ? null : ExplanationJson.of(c.explanation()),
          c.newDocuments());
    }
  }

  /** An explanation with Sở Nội vụ's decision ({@code review} null while it awaits one). */
  public record ExplanationJson(
      String text,
      String author,
      Instant writtenAt,
      String review,
      String reviewNote,
      String reviewer,
      long version) {
    static ExplanationJson of(Explanation e) {
      return new ExplanationJson(
          e.getText(),
          e.getAuthor(),
          e.getWrittenAt(),
          e.getReview() == null ? null : e.getReview().name(),
          e.getReviewNote(),
          e.getReviewer(),
          e.getVersion());
    }
  }

  /** The leaves the caller answers for: all for Sở Nội vụ, a lead unit's own. */
  @GET
  @Path("cuts")
  public List<CutJson> cuts(@PathParam("id") long id) {
    return cuts.visible(id).stream().map(CutJson::of).toList();
  }

  /** The self-assessment goes to the Ministry: self-scores lock. */
  @POST
  @Path("appraisal")
  public CampaignJson sendForAppraisal(@PathParam("id") long id) {
    return CampaignJson.of(cycle.sendForAppraisal(id));
  }

  /** The lead units may explain the cuts; 409 until the Ministry's points are loaded. */
  @POST
  @Path("explanation")
  public CampaignJson openExplanation(@PathParam("id") long id) {
    return CampaignJson.of(cycle.openExplanation(id));
  }

  @POST
  @Path("explanations/{node}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  public ExplanationJson review(
      @PathParam("id") long id, @PathParam("node") String node, ReviewRequest request) {
    ReviewRequest r = Bodies.required(request);
    return ExplanationJson.of(
        cycle.review(id, node, Boolean.TRUE.equals(r.accepted()), r.note(), r.version()));
  }

  /** The accepted explanations go; 409 naming the leaves still awaiting review. */
  @POST
  @Path("explanation/send")
  public CampaignJson sendExplanation(@PathParam("id") long id) {
    return CampaignJson.of(cycle.sendExplanation(id));
  }

  /** The Ministry's final points ({@code node_code,points}, CSV or XLSX). */
  @POST
  @Path("final-scores")
  @Consumes({"text/csv", Bodies.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importFinal(@PathParam("id") long id, InputStream body, @Context UriInfo uri)
      throws IOException {
    return TableImportJson.created(uri, cycle.importFinal(id, Bodies.table(body)));
  }

  @PUT
  @Path("final-scores/{node}")
  @Consumes(MediaType.APPLICATION_JSON)
  public PointsRequest recordFinal(
      @PathParam("id") long id, @PathParam("node") String node, PointsRequest request) {
    Appraisal recorded = cycle.recordFinal(id, node, Bodies.required(request).points());
    return new PointsRequest(recorded.getScore());
  }

  /** The year closes; 409 naming accepted explanations the Ministry has not answered. */
  @POST
  @Path("close")
  public CampaignJson close(@PathParam("id") long id) {
    return CampaignJson.of(cycle.close(id));
  }
}
