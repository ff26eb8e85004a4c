package vn.parindex.api.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.io.InputStream;
import java.util.List;
import vn.parindex.api.problem.Bodies;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.organisation.UnitDraft;
import vn.parindex.organisation.UnitImport;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.shared.Roles;

@Path("units")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitsResource {
  @Inject UnitDirectory directory;
  @Inject UnitHistory history;

  /** One unit as the API shows it. */
  public record UnitJson(
      String code,
      String nameVi,
      String nameEn,
      String kind,
      String parentCode,
      boolean active,
      long version,
      String placeName,
      String shortName,
      String reportSuffix) {
    static UnitJson of(OrganisationUnit unit) {
      return new UnitJson(
          unit.getCode(),
          unit.getNameVi(),
          unit.getNameEn(),
          unit.getKind().name(),
          unit.getParent() == null ? null : unit.getParent().getCode(),
          unit.isActive(),
          unit.getVersion(),
          unit.getPlaceName(),
          unit.getShortName(),
          unit.getReportSuffix());
    }
  }

  /** What a unit list upload did, and the list as it now stands. */
  public record ImportJson(int added, int updated, List<UnitJson> units) {}

  /** Every unit, retired ones included unless {@code active=true}. */
  @GET
  public List<UnitJson> list(@QueryParam("active") boolean activeOnly) {
    return directory.list().stream()
        .filter(u -> !activeOnly || u.isActive())
        .map(UnitJson::of)
        .toList();
  }

  @GET
  @Path("{code}")
  public UnitJson get(@PathParam("code") String code) {
    return UnitJson.of(directory.get(code));
  }

  /** The unit's names and the changes it went through, earliest first, with its lineage. */
  @GET
  @Path("{code}/history")
  public UnitEventJson.HistoryJson history(@PathParam("code") String code) {
    return UnitEventJson.HistoryJson.of(history.of(code));
  }

  /** A unit list in the shared layout: 201 with what was added and updated, or 422 by row. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @POST
  @Consumes("text/csv")
  public Response importCsv(InputStream body, @Context UriInfo uri) throws IOException {
    UnitImport result = directory.importCsv(Bodies.csv(body));
    return Response.created(uri.getAbsolutePath())
        .entity(new ImportJson(result.added(), result.updated(), list(false)))
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(UnitDraft draft, @Context UriInfo uri) {
    OrganisationUnit unit = directory.create(Bodies.required(draft));
    return Response.created(uri.getAbsolutePathBuilder().path(unit.getCode()).build())
        .entity(UnitJson.of(unit))
        .build();
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public UnitJson edit(@PathParam("code") String code, UnitDraft draft) {
    return UnitJson.of(directory.edit(code, Bodies.required(draft)));
  }

  @POST
  @Path("{code}/retire")
  public UnitJson retire(@PathParam("code") String code, @QueryParam("version") Long version) {
    return UnitJson.of(directory.retire(code, version));
  }

  @POST
  @Path("{code}/reactivate")
  public UnitJson reactivate(@PathParam("code") String code, @QueryParam("version") Long version) {
    return UnitJson.of(directory.reactivate(code, version));
  }
}
