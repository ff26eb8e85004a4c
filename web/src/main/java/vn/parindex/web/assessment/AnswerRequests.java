package vn.parindex.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.file.UploadedFiles;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.evidence.EvidenceMetadata;
import vn.parindex.evidence.EvidenceRequestService;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.Uploads;

/**
 * {@code app/campaigns/requests.xhtml?id=…}: the evidence requests a unit sent and received (all of
 * them, for Sở Nội vụ), overdue ones marked; the asked unit sends documents and marks it done.
 */
@Named
@ViewScoped
public class AnswerRequests implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject EvidenceRequestService requests;
  @Inject CampaignService campaigns;
  @Inject FacesMessages messages;

  private Long id;
  private CampaignAccess.Caller caller;
  private transient List<EvidenceRequestService.Listed> listed;
  private Long answering;
  private transient UploadedFiles files;
  private String docNumber;
  private LocalDate docDate;
  private String docIssuer;
  private String note;

  public void load() {
    caller = campaigns.caller();
    listed = requests.list(id);
  }

  public void startAnswer(Long requestId) {
    answering = requestId;
    docNumber = null;
    docDate = null;
    docIssuer = null;
    note = null;
  }

  public void send() {
    if (files == null || files.getFiles().isEmpty()) {
      throw InvalidInputException.of(Violation.ofField("files", "frameworks.file.required"));
    }
    int sent =
        Uploads.each(
            files.getFiles(),
            "files",
            messages::show,
            (file, in) ->
                requests.answer(
                    id,
                    answering,
                    in,
                    file.getFileName(),
                    new EvidenceMetadata(docNumber, docDate, docIssuer, null)));
    if (sent > 0) {
      messages.info("requests.sent", sent);
    }
    load();
  }

  public void complete() {
    try {
      requests.complete(id, answering, note);
      messages.info("requests.completed");
    } finally {
      // Refused or not, the list shows what is stored now.
      load();
    }
  }

  /** Whether the caller's unit is the one asked, so it may answer. */
  public boolean asked(EvidenceRequestService.Listed row) {
    return caller.worksForUnit()
        && row.request().getToUnit().getCode().equals(caller.unitCode())
        && !row.request().isDone();
  }

  public List<EvidenceRequestService.Listed> getRequests() {
    if (listed == null) {
      load();
    }
    return listed;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getAnswering() {
    return answering;
  }

  public UploadedFiles getFiles() {
    return files;
  }

  public void setFiles(UploadedFiles files) {
    this.files = files;
  }

  public String getDocNumber() {
    return docNumber;
  }

  public void setDocNumber(String docNumber) {
    this.docNumber = docNumber;
  }

  public LocalDate getDocDate() {
    return docDate;
  }

  public void setDocDate(LocalDate docDate) {
    this.docDate = docDate;
  }

  public String getDocIssuer() {
    return docIssuer;
  }

  public void setDocIssuer(String docIssuer) {
    this.docIssuer = docIssuer;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
