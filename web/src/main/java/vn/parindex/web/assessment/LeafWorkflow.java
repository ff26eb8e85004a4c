package vn.parindex.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.parindex.assessment.RiskInput;
import vn.parindex.assessment.ScoreInput;
import vn.parindex.assessment.ScoreResult;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.web.shell.FacesMessages;

/**
 * The leaf dialog's work on the leaf itself: its score and at-risk flag saved together (with the
 * rule's preview before saving), comments, and Sở Nội vụ's return of it to the unit.
 */
@Named
@ViewScoped
public class LeafWorkflow implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AssessWorkspace page;
  @Inject SelfAssessmentService service;
  @Inject FacesMessages messages;

  private String commentText;
  private String returnComment;

  /** Saves the leaf's score, explanation and risk flag at once: one button, one version. */
  public void save() {
    LeafForm form = page.getForm();
    ScoreResult result =
        service.save(
            page.getId(),
            form.getSubjectCode(),
            form.getNodeCode(),
            new ScoreInput(
                form.getValue(),
                form.typedSelfScore(),
                form.getExplanation(),
                form.getVersion(),
                form.getReason(),
                form.typedOverrideReason()),
            new RiskInput(
                form.isAtRisk(),
                form.getRiskCause(),
                form.getRemedy(),
                form.getRiskOwner(),
                form.getRiskDue(),
                form.getVersion()));
    form.saved(result.score(), result.ruleExplanation());
    messages.info("workspace.saved", form.getNodeCode());
    page.reloadLeaf();
  }

  /** "Lưu và tiếp": saves the leaf and opens the next leaf the page shows. */
  public void saveAndNext() {
    save();
    page.openNext();
  }

  /** The rule's points for the value being typed, before anything is saved. */
  public void previewRule() {
    page.getForm().preview();
  }

  public void comment() {
    LeafForm form = page.getForm();
    service.comment(page.getId(), form.getSubjectCode(), form.getNodeCode(), commentText);
    commentText = null;
    page.reloadLeaf();
  }

  public void returnLeaf() {
    LeafForm form = page.getForm();
    service.returnLeaf(page.getId(), form.getSubjectCode(), form.getNodeCode(), returnComment);
    messages.info("workspace.leafReturned", form.getNodeCode());
    returnComment = null;
    page.reloadLeaf();
  }

  public String getCommentText() {
    return commentText;
  }

  public void setCommentText(String commentText) {
    this.commentText = commentText;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public void setReturnComment(String returnComment) {
    this.returnComment = returnComment;
  }
}
