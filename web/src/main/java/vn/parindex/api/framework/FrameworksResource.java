package vn.parindex.api.framework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.api.problem.TooLargeException;
import vn.parindex.framework.Framework;
import vn.parindex.framework.FrameworkCsv;
import vn.parindex.framework.FrameworkFile;
import vn.parindex.framework.FrameworkHeader;
import vn.parindex.framework.FrameworkService;
import vn.parindex.framework.NodeRow;
import vn.parindex.framework.adapter.FrameworkXlsx;
import vn.parindex.organisation.UnitKind;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Violation;
import vn.parindex.web.shell.Downloads;
import vn.parindex.web.shell.Messages;

/** Criteria frameworks: import from CSV or XLSX, read the tree, export, publish, copy. */
@Path("frameworks")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class FrameworksResource {
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject FrameworkService service;
  @Inject Messages messages;

  @GET
  public List<FrameworkJson> list() {
    return service.list().stream().map(FrameworkJson::summary).toList();
  }

  @GET
  @Path("{id}")
  public FrameworkJson get(@PathParam("id") long id) {
    return FrameworkJson.full(service.get(id), null);
  }

  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @POST
  @Consumes({"text/csv", XLSX})
  public Response importTable(
      @QueryParam("code") String code,
      @QueryParam("name") String name,
      @QueryParam("targetGroup") String targetGroup,
      @QueryParam("fromYear") String fromYear,
      @QueryParam("toYear") String toYear,
      @QueryParam("total") String total,
      @QueryParam("legalNumber") String legalNumber,
      @QueryParam("legalDate") String legalDate,
      @QueryParam("legalIssuer") String legalIssuer,
      InputStream body,
      @Context UriInfo uri)
      throws IOException {
    List<Violation> problems = new ArrayList<>();
    FrameworkHeader header =
        new FrameworkHeader(
            code,
            name,
            legalNumber,
            date(legalDate, problems),
            legalIssuer,
            integer("fromYear", fromYear, problems),
            integer("toYear", toYear, problems),
            kind(targetGroup, problems),
            decimal(total, problems));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    FrameworkService.Imported imported = service.importTable(header, read(body));
    Framework framework = imported.framework();
    List<FrameworkJson.Message> warnings =
        imported.warnings().stream()
            .map(
                w ->
                    new FrameworkJson.Message(
                        w.row(),
                        w.column(),
                        messages.vietnamese(w.messageKey(), w.arguments().toArray())))
            .toList();
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(framework.getId())).build())
        .entity(FrameworkJson.full(framework, warnings))
        .build();
  }

  @GET
  @Path("{id}/export")
  @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
  public Response export(@PathParam("id") long id, @QueryParam("format") String format)
      throws IOException {
    Framework framework = service.get(id);
    List<NodeRow> rows = service.export(id);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String extension;
    String mediaType;
    if (format == null || "csv".equals(format)) {
      FrameworkCsv.write(rows, new OutputStreamWriter(out, StandardCharsets.UTF_8));
      extension = "csv";
      mediaType = "text/csv;charset=UTF-8";
    } else if ("xlsx".equals(format)) {
      FrameworkXlsx.write(rows, out);
      extension = "xlsx";
      mediaType = XLSX;
    } else {
      throw InvalidInputException.of(Violation.ofField("format", "export.format"));
    }
    return Downloads.attachment(
            out.toByteArray(), mediaType, "Bộ chỉ số " + framework.getCode() + "." + extension)
        .build();
  }

  @POST
  @Path("{id}/publish")
  public FrameworkJson publish(@PathParam("id") long id) {
    return FrameworkJson.full(service.publish(id), null);
  }

  @POST
  @Path("{id}/retire")
  public FrameworkJson retire(@PathParam("id") long id) {
    return FrameworkJson.full(service.retire(id), null);
  }

  @POST
  @Path("{id}/copy")
  public Response copy(
      @PathParam("id") long id,
      @QueryParam("code") String code,
      @QueryParam("fromYear") String fromYear,
      @QueryParam("toYear") String toYear,
      @Context UriInfo uri) {
    List<Violation> problems = new ArrayList<>();
    Integer from = integer("fromYear", fromYear, problems);
    Integer to = integer("toYear", toYear, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Framework copy = service.copy(id, code, from, to);
    return Response.created(
            uri.getBaseUriBuilder().path("frameworks").path(String.valueOf(copy.getId())).build())
        .entity(FrameworkJson.full(copy, null))
        .build();
  }

  /** The declared type only admits the request; the content decides how it is read. */
  static List<NodeRow> read(InputStream body) throws IOException {
    return FrameworkFile.read(TooLargeException.readAtMost(body, FrameworkFile.MAX_BYTES));
  }

  private static Integer integer(String field, String text, List<Violation> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.add(Violation.ofField(field, "framework.header." + field));
      return null;
    }
  }

  private static BigDecimal decimal(String text, List<Violation> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      problems.add(Violation.ofField("total", "framework.header.total"));
      return null;
    }
  }

  private static LocalDate date(String text, List<Violation> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(Violation.ofField("legalDate", "framework.header.legalDate"));
      return null;
    }
  }

  private static UnitKind kind(String text, List<Violation> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UnitKind.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      problems.add(Violation.ofField("targetGroup", "framework.header.targetGroup"));
      return null;
    }
  }
}
