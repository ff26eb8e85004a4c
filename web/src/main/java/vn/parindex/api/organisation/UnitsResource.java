package vn.parindex.api.organisation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitDirectory;

@Path("units")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitsResource {
  @Inject UnitDirectory directory;

  /** One unit as the API shows it. */
  public record UnitJson(String code, String nameVi, String nameEn, String kind, boolean active) {
    static UnitJson of(OrganisationUnit unit) {
      return new UnitJson(
          unit.getCode(),
          unit.getNameVi(),
          unit.getNameEn(),
          unit.getKind().name(),
          unit.isActive());
    }
  }

  @GET
  public List<UnitJson> list() {
    return directory.list().stream().map(UnitJson::of).toList();
  }
}
