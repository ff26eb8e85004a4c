package vn.parindex.api.assessment;

import static vn.parindex.api.assessment.AssessmentJson.EvidenceJson;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import vn.parindex.evidence.EvidenceDocument;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.web.shell.Downloads;

/** {@code campaigns/{id}/evidence}: a document's file, and its next revision. */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class EvidenceResource {
  @Inject EvidenceService evidence;

  /**
   * A new revision of a document, which every leaf it backs now points at; the old one is kept. A
   * POST, because the servlet container reads multipart bodies of POST requests only.
   */
  @POST
  @Path("{document}/revisions")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response replace(
      @PathParam("id") long id,
      @PathParam("document") long document,
      @Context HttpServletRequest request,
      @Context UriInfo uri)
      throws IOException {
    EvidenceDocument next =
        Multipart.receive(
            request,
            (content, fileName, metadata) ->
                evidence.replace(id, document, content, fileName, metadata));
    return Response.created(
            uri.getBaseUriBuilder()
                .path("campaigns/{id}/evidence/{document}/content")
                .build(id, next.getId()))
        .entity(EvidenceJson.of(next, null))
        .build();
  }

  @GET
  @Path("{document}/content")
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
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            Downloads.contentDisposition(download.document().getFileName()))
        .header(HttpHeaders.CONTENT_LENGTH, download.document().getSize())
        .build();
  }
}
