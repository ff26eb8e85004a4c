package vn.parindex.web.campaign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.issuance.ReportTemplate;
import vn.parindex.issuance.ReportTemplates;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.Uploads;

/**
 * The "Word template" part of {@code app/campaigns/reports.xhtml}: which template the
 * self-assessment report is filled into, and the province's edited one uploaded.
 */
@Named
@ViewScoped
public class EditReportTemplate implements Serializable {
  /** The one kind made from a template so far. */
  static final String KIND = "self-assessment";

  private static final long serialVersionUID = 1L;

  @Inject ReportTemplates templates;
  @Inject FacesMessages messages;

  private ReportTemplate current;
  private boolean loaded;
  private transient UploadedFile file;

  /** Keeps the edited template; one that lost a placeholder is refused with the missing ones. */
  public void upload() {
    current = Uploads.read(file, "file", in -> templates.upload(KIND, in, file.getFileName()));
    loaded = true;
    messages.info("template.saved");
  }

  /** The province's template in use, or null for the standard one. */
  public ReportTemplate getCurrent() {
    if (!loaded) {
      current = templates.current(KIND).orElse(null);
      loaded = true;
    }
    return current;
  }

  public String getKind() {
    return KIND;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
