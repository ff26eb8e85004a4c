package vn.parindex.web.campaign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.issuance.ReportTemplate;
import vn.parindex.issuance.ReportTemplates;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.Uploads;

/**
 * The "Word template" part of {@code app/campaigns/reports.xhtml}: which template a document (the
 * self-assessment report, the progress report, the ranking, a unit's scorecard) is filled into, and
 * the province's edited one uploaded.
 */
@Named
@ViewScoped
public class EditReportTemplate implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ReportTemplates templates;
  @Inject FacesMessages messages;

  private String kind = "self-assessment";
  private ReportTemplate current;
  private boolean loaded;
  private transient UploadedFile file;

  /** Keeps the edited template; one that lost a placeholder is refused with the missing ones. */
  public void upload() {
    current = Uploads.read(file, "file", in -> templates.upload(kind, in, file.getFileName()));
    loaded = true;
    messages.info("template.saved");
  }

  /** The province's template in use, or null for the standard one. */
  public ReportTemplate getCurrent() {
    if (!loaded) {
      current = templates.current(kind).orElse(null);
      loaded = true;
    }
    return current;
  }

  public String getKind() {
    return kind;
  }

  /** Another document's template: its state is read again. */
  public void setKind(String kind) {
    if (templates.kinds().contains(kind) && !kind.equals(this.kind)) {
      this.kind = kind;
      loaded = false;
    }
  }

  public List<String> getKinds() {
    return templates.kinds();
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
