package vn.parindex.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import vn.parindex.evidence.EvidenceDocument;
import vn.parindex.evidence.EvidenceMetadata;
import vn.parindex.evidence.EvidenceRequestService;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.Uploads;

/**
 * The leaf dialog's evidence: files uploaded with their official record fields, a document of the
 * unit's linked again, revisions, removals with their reason, and requests to other units.
 */
@Named
@ViewScoped
public class LeafEvidence implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AssessWorkspace page;
  @Inject EvidenceService evidence;
  @Inject EvidenceRequestService requests;
  @Inject UnitDirectory units;
  @Inject FacesMessages messages;

  private transient UploadedFiles files;
  private String requestUnit;
  private String requestMessage;
  private LocalDate requestDue;
  private Long existingDocumentId;
  private Long replacedDocumentId;
  private transient UploadedFile replacement;
  private Long removalDocumentId;
  private String removalReason;

  /**
   * Several files at once, each with the same official record fields, each kept or refused on its
   * own.
   */
  public void upload() {
    if (files == null || files.getFiles().isEmpty()) {
      throw InvalidInputException.of(Violation.ofField("files", "frameworks.file.required"));
    }
    LeafForm form = page.getForm();
    EvidenceMetadata metadata = form.getDocument().metadata();
    int kept =
        Uploads.each(
            files.getFiles(),
            "files",
            messages::show,
            (file, in) ->
                evidence.upload(
                    page.getId(),
                    form.getSubjectCode(),
                    form.getNodeCode(),
                    in,
                    file.getFileName(),
                    metadata));
    if (kept > 0) {
      messages.info("workspace.evidence.uploaded", kept, form.getNodeCode());
      form.getDocument().clear();
    }
    page.reloadLeaf();
  }

  public void askForEvidence() {
    LeafForm form = page.getForm();
    requests.ask(
        page.getId(),
        form.getSubjectCode(),
        form.getNodeCode(),
        requestUnit,
        requestMessage,
        requestDue);
    messages.info("workspace.request.sent", requestUnit, form.getNodeCode());
    requestUnit = null;
    requestMessage = null;
    requestDue = null;
    page.reloadLeaf();
  }

  /** Backs this leaf with a document the unit already uploaded for another one. */
  public void linkExisting() {
    LeafForm form = page.getForm();
    evidence.linkExisting(
        page.getId(), form.getSubjectCode(), form.getNodeCode(), existingDocumentId);
    messages.info("workspace.evidence.linked", form.getNodeCode());
    existingDocumentId = null;
    page.reloadLeaf();
  }

  public void askReplacement(Long documentId) {
    replacedDocumentId = documentId;
    page.getForm().getDocument().clear();
  }

  /** A new revision of a document: every leaf it backs takes it; the old one is kept. */
  public void replace() {
    EvidenceMetadata metadata = page.getForm().getDocument().metadata();
    Uploads.read(
        replacement,
        "replacement",
        in ->
            evidence.replace(
                page.getId(), replacedDocumentId, in, replacement.getFileName(), metadata));
    messages.info("workspace.evidence.replaced");
    page.reloadLeaf();
  }

  public void askRemoval(Long documentId) {
    removalDocumentId = documentId;
    removalReason = null;
  }

  public void removeEvidence() {
    LeafForm form = page.getForm();
    evidence.removeLink(
        page.getId(), form.getSubjectCode(), form.getNodeCode(), removalDocumentId, removalReason);
    messages.info("workspace.evidence.removed");
    page.reloadLeaf();
  }

  /** Units that may be asked for evidence: every active unit but the one scoring. */
  public List<OrganisationUnit> getAskableUnits() {
    return units.list().stream()
        .filter(u -> u.isActive() && !u.getCode().equals(page.getUnit()))
        .toList();
  }

  /** Documents of the unit that do not back this leaf yet. */
  public List<EvidenceDocument> getLinkableDocuments() {
    List<Long> here =
        page.getForm().getEvidence().stream()
            .filter(l -> !l.isRemoved())
            .map(l -> l.getDocument().getId())
            .toList();
    return evidence.ownDocuments(page.getId()).stream()
        .filter(d -> !here.contains(d.getId()))
        .toList();
  }

  public UploadedFiles getFiles() {
    return files;
  }

  public void setFiles(UploadedFiles files) {
    this.files = files;
  }

  public String getRequestUnit() {
    return requestUnit;
  }

  public void setRequestUnit(String requestUnit) {
    this.requestUnit = requestUnit;
  }

  public String getRequestMessage() {
    return requestMessage;
  }

  public void setRequestMessage(String requestMessage) {
    this.requestMessage = requestMessage;
  }

  public LocalDate getRequestDue() {
    return requestDue;
  }

  public void setRequestDue(LocalDate requestDue) {
    this.requestDue = requestDue;
  }

  public Long getExistingDocumentId() {
    return existingDocumentId;
  }

  public void setExistingDocumentId(Long existingDocumentId) {
    this.existingDocumentId = existingDocumentId;
  }

  public UploadedFile getReplacement() {
    return replacement;
  }

  public void setReplacement(UploadedFile replacement) {
    this.replacement = replacement;
  }

  public String getRemovalReason() {
    return removalReason;
  }

  public void setRemovalReason(String removalReason) {
    this.removalReason = removalReason;
  }
}
