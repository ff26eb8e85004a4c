package vn.parindex.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.organisation.UnitDraft;
import vn.parindex.organisation.UnitKind;
import vn.parindex.web.shell.FacesMessages;

/**
 * The unit dialog of {@code app/units.xhtml}: add a unit, or change one's names, kind, parent; for
 * the province, how it signs its documents.
 */
@Named
@ViewScoped
public class EditUnit implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject UnitDirectory directory;
  @Inject ListUnits list;
  @Inject FacesMessages messages;

  private boolean existing;
  private String code;
  private String nameVi;
  private String nameEn;
  private UnitKind kind = UnitKind.DEPARTMENT;
  private String parentCode;
  private Long version;
  private String placeName;
  private String shortName;
  private String reportSuffix;

  public void startNew() {
    existing = false;
    code = null;
    nameVi = null;
    nameEn = null;
    kind = UnitKind.DEPARTMENT;
    parentCode = null;
    version = null;
    placeName = null;
    shortName = null;
    reportSuffix = null;
  }

  public void startEdit(String unitCode) {
    OrganisationUnit unit = directory.get(unitCode);
    existing = true;
    code = unit.getCode();
    nameVi = unit.getNameVi();
    nameEn = unit.getNameEn();
    kind = unit.getKind();
    parentCode = unit.getParent() == null ? null : unit.getParent().getCode();
    version = unit.getVersion();
    placeName = unit.getPlaceName();
    shortName = unit.getShortName();
    reportSuffix = unit.getReportSuffix();
  }

  public void save() {
    UnitDraft draft =
        new UnitDraft(
            code,
            nameVi,
            nameEn,
            kind == null ? null : kind.name(),
            parentCode,
            version,
            placeName,
            shortName,
            reportSuffix);
    if (existing) {
      directory.edit(code, draft);
    } else {
      directory.create(draft);
    }
    messages.info("units.saved", code);
    list.changed();
  }

  /** Whether the dialog asks how the unit signs: the province's documents carry it. */
  public boolean isIssuer() {
    return kind == UnitKind.PROVINCE;
  }

  public String getPlaceName() {
    return placeName;
  }

  public void setPlaceName(String placeName) {
    this.placeName = placeName;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String shortName) {
    this.shortName = shortName;
  }

  public String getReportSuffix() {
    return reportSuffix;
  }

  public void setReportSuffix(String reportSuffix) {
    this.reportSuffix = reportSuffix;
  }

  public UnitKind[] getKinds() {
    return UnitKind.values();
  }

  public boolean isExisting() {
    return existing;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameVi() {
    return nameVi;
  }

  public void setNameVi(String nameVi) {
    this.nameVi = nameVi;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public UnitKind getKind() {
    return kind;
  }

  public void setKind(UnitKind kind) {
    this.kind = kind;
  }

  public String getParentCode() {
    return parentCode;
  }

  public void setParentCode(String parentCode) {
    this.parentCode = parentCode;
  }
}
