package vn.parindex.web.campaign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.issuance.IssueReport;
import vn.parindex.issuance.IssuedReport;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.Uploads;

/**
 * The "issued document" part of {@code app/campaigns/reports.xhtml}: the signed copy of the
 * self-assessment report uploaded back, and the campaign's state: issued with its number, or not
 * yet.
 */
@Named
@ViewScoped
public class IssueCampaignReport implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject IssueReport issue;
  @Inject FacesMessages messages;

  private Long id;
  private IssuedReport issued;
  private boolean loaded;
  private transient UploadedFile file;

  /** Keeps the signed copy; a wrong file is answered with its reasons and nothing kept. */
  public void upload() {
    IssuedReport kept = Uploads.read(file, "file", in -> issue.issue(id, in, file.getFileName()));
    issued = kept;
    loaded = true;
    messages.info("issued.saved", kept.getNumber());
  }

  /** The issued report, or null before a signed copy was kept. */
  public IssuedReport getIssued() {
    if (!loaded) {
      issued = issue.issued(id).orElse(null);
      loaded = true;
    }
    return issued;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
