package vn.parindex.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.PagedRows;

/**
 * {@code app/units.xhtml}: the units of the province a page at a time, searched and sorted by the
 * database (province first, then by kind and name); coordinators retire a unit (it stays in past
 * campaigns) or bring it back.
 */
@Named
@ViewScoped
public class ListUnits implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject UnitDirectory directory;
  @Inject FacesMessages messages;
  private boolean showRetired;
  private final PagedRows<OrganisationUnit> units =
      PagedRows.of(
          (request, none) -> directory.page(request, showRetired), OrganisationUnit::getCode);
  private transient List<OrganisationUnit> activeUnits;

  public void retire(String code, long version) {
    directory.retire(code, version);
    messages.info("units.retired", code);
    changed();
  }

  public void reactivate(String code, long version) {
    directory.reactivate(code, version);
    messages.info("units.reactivated", code);
    changed();
  }

  /** A unit was added, edited or retired: the parents offered are read again. */
  public void changed() {
    activeUnits = null;
  }

  public PagedRows<OrganisationUnit> getUnits() {
    return units;
  }

  /** Possible parents: any active unit, read when the unit dialog opens. */
  public List<OrganisationUnit> getActiveUnits() {
    if (activeUnits == null) {
      activeUnits = directory.list().stream().filter(OrganisationUnit::isActive).toList();
    }
    return activeUnits;
  }

  public boolean isShowRetired() {
    return showRetired;
  }

  public void setShowRetired(boolean showRetired) {
    this.showRetired = showRetired;
  }
}
