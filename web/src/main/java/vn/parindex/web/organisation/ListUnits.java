package vn.parindex.web.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.web.shell.FacesMessages;

/**
 * {@code app/units.xhtml}: the units of the province, active ones first; coordinators retire a unit
 * (it stays in past campaigns) or bring it back.
 */
@Named
@ViewScoped
public class ListUnits implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject UnitDirectory directory;
  @Inject FacesMessages messages;
  private List<OrganisationUnit> all;
  private boolean showRetired;

  @PostConstruct
  public void load() {
    all = directory.list();
  }

  public void retire(String code, long version) {
    directory.retire(code, version);
    messages.info("units.retired", code);
    load();
  }

  public void reactivate(String code, long version) {
    directory.reactivate(code, version);
    messages.info("units.reactivated", code);
    load();
  }

  public List<OrganisationUnit> getUnits() {
    return showRetired ? all : all.stream().filter(OrganisationUnit::isActive).toList();
  }

  /** Possible parents: any active unit. */
  public List<OrganisationUnit> getActiveUnits() {
    return all.stream().filter(OrganisationUnit::isActive).toList();
  }

  public boolean isShowRetired() {
    return showRetired;
  }

  public void setShowRetired(boolean showRetired) {
    this.showRetired = showRetired;
  }
}
