package vn.parindex.web.framework;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.framework.FrameworkFile;
import vn.parindex.framework.FrameworkHeader;
import vn.parindex.framework.FrameworkService;
import vn.parindex.framework.FrameworkValidator;
import vn.parindex.framework.NodeRow;
import vn.parindex.organisation.UnitKind;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.FindingView;
import vn.parindex.web.shell.Messages;
import vn.parindex.web.shell.Uploads;

/**
 * The import form of {@code app/frameworks/list.xhtml}: the coordinator gives the framework's
 * header and the official table as CSV or XLSX, sees every error and warning with its row and
 * column before anything is saved, and then saves it as a DRAFT. The file is kept between the check
 * and the save, so that it need not be chosen twice.
 */
@Named
@ViewScoped
public class ImportFramework implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FrameworkService service;
  @Inject FacesMessages messages;
  @Inject Messages bundle;

  private String code;
  private String name;
  private UnitKind targetGroup;
  private Integer fromYear;
  private Integer toYear;
  private BigDecimal total = new BigDecimal("100");
  private String legalNumber;
  private LocalDate legalDate;
  private String legalIssuer;
  private transient UploadedFile file;
  private byte[] content;
  private String fileName;
  private List<FindingView> findings = List.of();

  /** Shows what is wrong with the table and the header; saves nothing. */
  public void check() {
    List<NodeRow> rows = rows();
    if (rows == null) {
      return;
    }
    FrameworkValidator.Result result = service.check(header(), rows);
    findings = FindingView.of(result.findings(), bundle, locale());
    if (result.hasErrors()) {
      messages.error(null, "frameworks.check.errors", result.errors().size());
    } else {
      messages.info("frameworks.check.ok", rows.size(), result.warnings().size());
    }
  }

  /** Saves the table as a DRAFT and opens it; any error saves nothing and is listed. */
  public String save() {
    List<NodeRow> rows = rows();
    if (rows == null) {
      return null;
    }
    try {
      FrameworkService.Imported imported = service.importTable(header(), rows);
      messages.flashInfo("frameworks.imported", imported.framework().getCode());
      return "/app/frameworks/tree?faces-redirect=true&id=" + imported.framework().getId();
    } catch (InvalidInputException e) {
      // The file's wrong rows are the answer to show, row by row, not a failure of the page.
      findings = messages.findings(e);
      return null;
    }
  }

  /** The rows of the newly chosen file, or of the one checked before; null with a message. */
  private List<NodeRow> rows() {
    findings = List.of();
    if (file != null && file.getSize() > 0) {
      if (file.getSize() > FrameworkFile.MAX_BYTES) {
        messages.error("importForm:file", "frameworks.file.tooLarge");
        return null;
      }
      content = Uploads.bytes(file, "file");
      fileName = file.getFileName();
    }
    if (content == null) {
      messages.error("importForm:file", "frameworks.file.required");
      return null;
    }
    try {
      return FrameworkFile.read(content);
    } catch (InvalidInputException e) {
      // The file's wrong rows are the answer to show, row by row, not a failure of the page.
      findings = messages.findings(e);
      return null;
    }
  }

  private FrameworkHeader header() {
    return new FrameworkHeader(
        code == null ? null : code.strip(),
        name,
        legalNumber,
        legalDate,
        legalIssuer,
        fromYear,
        toYear,
        targetGroup,
        total);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public UnitKind[] getTargetGroups() {
    return UnitKind.values();
  }

  public List<FindingView> getFindings() {
    return findings;
  }

  public String getFileName() {
    return fileName;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public UnitKind getTargetGroup() {
    return targetGroup;
  }

  public void setTargetGroup(UnitKind targetGroup) {
    this.targetGroup = targetGroup;
  }

  public Integer getFromYear() {
    return fromYear;
  }

  public void setFromYear(Integer fromYear) {
    this.fromYear = fromYear;
  }

  public Integer getToYear() {
    return toYear;
  }

  public void setToYear(Integer toYear) {
    this.toYear = toYear;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public void setTotal(BigDecimal total) {
    this.total = total;
  }

  public String getLegalNumber() {
    return legalNumber;
  }

  public void setLegalNumber(String legalNumber) {
    this.legalNumber = legalNumber;
  }

  public LocalDate getLegalDate() {
    return legalDate;
  }

  public void setLegalDate(LocalDate legalDate) {
    this.legalDate = legalDate;
  }

  public String getLegalIssuer() {
    return legalIssuer;
  }

  public void setLegalIssuer(String legalIssuer) {
    this.legalIssuer = legalIssuer;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
