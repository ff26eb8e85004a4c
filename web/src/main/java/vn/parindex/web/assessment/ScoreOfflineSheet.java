package vn.parindex.web.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.assessment.offline.ScoreOffline;
import vn.parindex.assessment.offline.SheetChange;
import vn.parindex.assessment.offline.SheetConflict;
import vn.parindex.assessment.offline.SheetPreview;
import vn.parindex.shared.FileTooLargeException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.FindingView;
import vn.parindex.web.shell.Messages;
import vn.parindex.web.shell.Uploads;

/**
 * The workspace's offline sheet: the officer uploads the filled workbook, sees what it would change
 * (and its errors, and the leaves changed on the site meanwhile) before anything is saved, and
 * confirms. The workbook is kept in the view between the two steps and compared again on
 * confirmation, so that a save made in between is a conflict rather than overwritten.
 */
@Named
@ViewScoped
public class ScoreOfflineSheet implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AssessWorkspace page;
  @Inject ScoreOffline offline;
  @Inject FacesMessages messages;
  @Inject Messages texts;

  private transient UploadedFile file;
  private String reason;
  private byte[] workbook;
  private int leaves;
  private List<SheetChange> changes = List.of();
  private List<SheetConflict> conflicts = List.of();
  private List<FindingView> problems = List.of();

  /** Compares the uploaded workbook with the site; saves nothing. */
  public void preview() {
    clear();
    // Refused before it is read: the page would otherwise hold a stray 200 MB file in its view.
    if (file != null && file.getSize() > ScoreOffline.MAX_SHEET_BYTES) {
      throw new FileTooLargeException(ScoreOffline.MAX_SHEET_BYTES);
    }
    byte[] uploaded = Uploads.bytes(file, "sheetFile");
    try {
      show(offline.preview(page.getId(), page.getUnit(), uploaded, reason));
      workbook = uploaded;
    } catch (InvalidInputException e) {
      problems = messages.findings(e);
    }
  }

  /** Saves what the kept workbook changes, compared again now. */
  public void confirm() {
    if (workbook == null) {
      return;
    }
    SheetPreview saved = offline.confirm(page.getId(), page.getUnit(), workbook, reason);
    messages.info("sheet.saved", saved.edits().size());
    clear();
    if (!saved.conflicts().isEmpty()) {
      conflicts = saved.conflicts();
    }
    page.refresh();
  }

  private void show(SheetPreview preview) {
    leaves = preview.edits().size();
    changes = preview.changes();
    conflicts = preview.conflicts();
    problems =
        FindingView.ofViolations(
            preview.errors(), texts, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    if (!problems.isEmpty()) {
      messages.error(null, "sheet.preview.errors", problems.size());
    } else if (leaves == 0) {
      messages.info("sheet.preview.none");
    } else {
      messages.info("sheet.preview.count", leaves);
    }
  }

  private void clear() {
    workbook = null;
    leaves = 0;
    changes = List.of();
    conflicts = List.of();
    problems = List.of();
  }

  /** Whether a compared workbook waits for confirmation: without errors, with something to save. */
  public boolean isConfirmable() {
    return workbook != null && problems.isEmpty() && leaves > 0;
  }

  public List<SheetChange> getChanges() {
    return changes;
  }

  public List<SheetConflict> getConflicts() {
    return conflicts;
  }

  public List<FindingView> getProblems() {
    return problems;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
