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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import vn.parindex.api.problem.Bodies;
import vn.parindex.evidence.EvidenceBundle;
import vn.parindex.evidence.EvidenceDocument;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;
import vn.parindex.web.shell.Downloads;
import vn.parindex.web.shell.Messages;
import vn.parindex.web.shell.UserPreferences;

/** {@code campaigns/{id}/evidence}: a document's file, its next revision, a unit's bundle. */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class EvidenceResource {
  @Inject EvidenceService evidence;
  @Inject EvidenceBundle bundles;
  @Inject UserPreferences preferences;
  @Inject Messages messages;

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
    return Downloads.stored(
        download.content(),
        download.document().getContentType(),
        download.document().getFileName(),
        download.document().getSize());
  }

  /**
   * {@code bundle?unit=STP}: every document of the leaves the unit answers for that the caller may
   * read, as one ZIP with a table of contents, streamed.
   */
  @GET
  @Path("bundle")
  @Produces(Bodies.ZIP)
  public Response bundle(@PathParam("id") long id, @QueryParam("unit") String unit) {
    if (unit == null || unit.isBlank()) {
      throw InvalidInputException.of(Violation.ofField("unit", "field.required"));
    }
    EvidenceBundle.Contents contents = bundles.of(id, unit);
    Locale locale = preferences.getLocale();
    List<String> titles =
        EvidenceBundle.COLUMNS.stream().map(k -> messages.get(locale, k)).toList();
    StreamingOutput body = out -> bundles.write(contents, titles, out);
    return Downloads.attachment(
            body, Bodies.ZIP, messages.get(locale, "evidence.bundle.file", id, contents.unitCode()))
        .build();
  }
}
