package vn.parindex.api.assessment;

import static vn.parindex.api.assessment.AssessmentJson.EvidenceJson;
import static vn.parindex.api.assessment.AssessmentJson.RequestJson;
import static vn.parindex.api.assessment.AssessmentJson.StepRequest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.List;
import vn.parindex.evidence.EvidenceLink;
import vn.parindex.evidence.EvidenceRequest;
import vn.parindex.evidence.EvidenceRequestService;

/**
 * {@code campaigns/{id}/evidence-requests}: what the caller's unit asked for and was asked for
 * (everything, for the coordinator); the asked unit answers with documents and marks it done.
 */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class EvidenceRequestsResource {
  @Inject EvidenceRequestService requests;

  @GET
  public List<RequestJson> list(@PathParam("id") long id) {
    return requests.list(id).stream().map(l -> RequestJson.of(l.request(), l.overdue())).toList();
  }

  /** A document sent in answer; it backs the leaf the request is about. */
  @POST
  @Path("{request}/evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response answer(
      @PathParam("id") long id,
      @PathParam("request") long requestId,
      @Context HttpServletRequest request,
      @Context UriInfo uri)
      throws IOException {
    EvidenceLink link =
        Multipart.receive(
            request,
            (content, fileName, metadata) ->
                requests.answer(id, requestId, content, fileName, metadata));
    return Response.created(
            uri.getBaseUriBuilder()
                .path("campaigns/{id}/evidence/{document}/content")
                .build(id, link.getDocument().getId()))
        .entity(EvidenceJson.of(link.getDocument(), link))
        .build();
  }

  @POST
  @Path("{request}/done")
  @Consumes(MediaType.APPLICATION_JSON)
  public RequestJson done(
      @PathParam("id") long id, @PathParam("request") long requestId, StepRequest body) {
    EvidenceRequest done = requests.complete(id, requestId, body == null ? null : body.comment());
    return RequestJson.of(done, false);
  }
}
