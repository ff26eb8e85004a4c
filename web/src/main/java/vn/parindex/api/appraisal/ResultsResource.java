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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.parindex.api.campaign.CampaignJson;
import vn.parindex.api.open.OpenResultsResource;
import vn.parindex.api.problem.Bodies;
import vn.parindex.appraisal.CampaignResults;
import vn.parindex.appraisal.CorrectResults;
import vn.parindex.appraisal.OpenResults;
import vn.parindex.appraisal.Publication;
import vn.parindex.campaign.Campaign;
import vn.parindex.ranking.Bands;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/** {@code campaigns/{id}/results}: the ranking, its caps and bands, and its publications. */
@Path("campaigns/{id}/results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ResultsResource {
  @Inject CampaignResults results;
  @Inject OpenResults openResults;
  @Inject CorrectResults corrections;

  /** A correction's reason, when results are published again. */
  public record PublishRequest(String reason) {}

  /** What a publication froze. */
  public record PublicationJson(int version, Instant publishedAt, String reason) {}

  /** Caps on bonus and penalty points, and the classification bands ({@code [{name, from}]}). */
  public record ResultSettingsJson(
      BigDecimal bonusCap, BigDecimal penaltyCap, List<Bands.Band> bands) {}

  /**
   * {@code [{unitCode, group, total, applicableMax, index, rank, previousRank, classification,
   * fields}]}: live for Sở Nội vụ and appraisers, the published version for everyone else.
   */
  @GET
  public Response results(@PathParam("id") long id) {
    return Response.ok(results.resultsJson(id), MediaType.APPLICATION_JSON + ";charset=UTF-8")
        .build();
  }

  @PUT
  @Path("settings")
  @Consumes(MediaType.APPLICATION_JSON)
  public ResultSettingsJson resultSettings(@PathParam("id") long id, ResultSettingsJson request) {
    ResultSettingsJson r = Bodies.required(request);
    Campaign c = results.resultSettings(id, r.bonusCap(), r.penaltyCap(), r.bands());
    return new ResultSettingsJson(c.getBonusCap(), c.getPenaltyCap(), c.getBands().bands());
  }

  /** Whether the published results are open to anyone ({@code open/campaigns/{id}/results}). */
  public record OpenJson(Boolean open) {}

  /** Opens the published results to the public, or closes them: Sở Nội vụ's. */
  @PUT
  @Path("open")
  @Consumes(MediaType.APPLICATION_JSON)
  public OpenJson open(@PathParam("id") long id, OpenJson request) {
    OpenJson r = Bodies.required(request);
    if (r.open() == null) {
      throw InvalidInputException.of(Violation.ofField("open", "field.required"));
    }
    return new OpenJson(openResults.open(id, r.open()).isOpenResults());
  }

  /** Freezes the results into a published version; a correction needs its reason. */
  @POST
  @Path("publish")
  public PublicationJson publish(@PathParam("id") long id, PublishRequest request) {
    Publication p = results.publish(id, request == null ? null : request.reason());
    return new PublicationJson(p.getNumber(), p.getPublishedAt(), p.getReason());
  }

  /** The subjects a correction reopens, and why. */
  public record CorrectionRequest(List<String> subjects, String reason) {}

  /**
   * Reopens these subjects of published results for their appraisers to score again; the next
   * publication is the corrected version.
   */
  @POST
  @Path("corrections")
  @Consumes(MediaType.APPLICATION_JSON)
  public CampaignJson correct(@PathParam("id") long id, CorrectionRequest request) {
    CorrectionRequest r = Bodies.required(request);
    return CampaignJson.of(corrections.reopen(id, r.subjects(), r.reason()));
  }

  /** The published versions, the first first: for any signed-in reader; none yet: []. */
  @GET
  @Path("versions")
  public List<OpenResultsResource.VersionJson> versions(@PathParam("id") long id) {
    return openResults.versions(id).stream().map(OpenResultsResource.VersionJson::of).toList();
  }

  /**
   * Published version N with every version and what it changed: for any signed-in reader, whether
   * or not the campaign is open to the public; 404 for a version never published.
   */
  @GET
  @Path("versions/{version}")
  public OpenResultsResource.OpenResultsJson version(
      @PathParam("id") long id, @PathParam("version") String version) {
    return OpenResultsResource.OpenResultsJson.of(
        id, openResults.published(id, OpenResultsResource.number(version)));
  }
}
