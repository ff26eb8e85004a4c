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
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import vn.parindex.issuance.ReportTemplate;
import vn.parindex.issuance.ReportTemplates;
import vn.parindex.web.shell.Downloads;

/**
 * {@code report-templates/{kind}}: the Word template a kind of document ({@code self-assessment})
 * is filled into: downloaded to change its wording in Word, uploaded back for the province (422
 * with the placeholders it lost, and the template in use stays).
 */
@Path("report-templates/{kind}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ReportTemplatesResource {
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Inject ReportTemplates templates;

  /** The template in use: the province's upload, or {@code standard} for the product's own. */
  public record TemplateJson(
      String kind, boolean standard, String fileName, String uploadedBy, Instant uploadedAt) {
    static TemplateJson of(String kind, ReportTemplate t) {
      return t == null
          ? new TemplateJson(kind, true, null, null, null)
          : new TemplateJson(kind, false, t.getFileName(), t.getUploadedBy(), t.getUploadedAt());
    }
  }

  @GET
  public TemplateJson current(@PathParam("kind") String kind) {
    return TemplateJson.of(kind, templates.current(kind).orElse(null));
  }

  @GET
  @Path("content")
  @Produces(DOCX)
  public Response content(@PathParam("kind") String kind) throws IOException {
    return Downloads.stored(templates.open(kind), DOCX, "Mẫu " + kind + ".docx", null);
  }

  @PUT
  @Consumes(DOCX)
  public TemplateJson upload(
      @PathParam("kind") String kind, @QueryParam("name") String name, InputStream content)
      throws IOException {
    return TemplateJson.of(kind, templates.upload(kind, content, name));
  }
}
