package vn.parindex.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.util.Comparator;
import java.util.List;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Text;

/** Lists organisation units and loads them from the shared CSV layout. */
@Stateless
@RolesAllowed({
  Roles.ADMIN,
  Roles.COORDINATOR,
  Roles.UNIT_LEADER,
  Roles.UNIT_OFFICER,
  Roles.APPRAISER,
  Roles.VIEWER
})
public class UnitDirectory {
  @Inject UnitRepository units;

  /** Units by kind (province first), then by Vietnamese name. */
  public List<OrganisationUnit> list() {
    Comparator<String> vietnamese = Text.vietnameseOrder();
    return units.findAll().stream()
        .sorted(
            Comparator.comparing(OrganisationUnit::getKind)
                .thenComparing(OrganisationUnit::getNameVi, vietnamese))
        .toList();
  }

  /**
   * Seeds an empty table; once units exist the list belongs to the coordinators and a restart must
   * not bring back a unit they removed.
   */
  @PermitAll
  public int seedIfEmpty(Reader csv) throws IOException {
    if (units.count() > 0) {
      return 0;
    }
    List<UnitCsv.Row> rows = UnitCsv.parse(csv);
    rows.forEach(row -> units.add(row.toUnit()));
    return rows.size();
  }
}
