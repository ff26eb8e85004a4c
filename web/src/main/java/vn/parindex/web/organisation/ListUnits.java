package vn.parindex.web.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitDirectory;

/** {@code app/units.xhtml}: the units of the province. */
@Named
@ViewScoped
public class ListUnits implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject UnitDirectory directory;
  private List<OrganisationUnit> units;

  @PostConstruct
  void load() {
    units = directory.list();
  }

  public List<OrganisationUnit> getUnits() {
    return units;
  }
}
