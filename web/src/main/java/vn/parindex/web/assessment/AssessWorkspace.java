package vn.parindex.web.assessment;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.primefaces.model.TreeNode;
import vn.parindex.account.Role;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.assessment.LeafComment;
import vn.parindex.assessment.LeafSelection;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.assessment.SubmissionEvent;
import vn.parindex.assessment.SubmissionStatus;
import vn.parindex.assessment.SubmissionWorkflow;
import vn.parindex.assessment.Workspace;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.evidence.EvidenceLink;
import vn.parindex.evidence.EvidenceRequestService;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.framework.NodeCode;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.shared.Clocks;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.Refusal;

/**
 * {@code app/campaigns/workspace.xhtml?id=…&unit=…}: where a unit's officer spends December. The
 * leaves it must score with their rule, last year's score, evidence and state, totals by field, and
 * the workflow buttons of the unit's work. The leaf dialog's form lives here; what it does is in
 * {@link LeafWorkflow} (score, flag, comment, return) and {@link LeafEvidence} (documents and
 * requests). What the domain refuses reaches the page through the one exception handler.
 */
@Named
@ViewScoped
public class AssessWorkspace implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SelfAssessmentService service;
  @Inject SubmissionWorkflow workflow;
  @Inject EvidenceService evidence;
  @Inject EvidenceRequestService requests;
  @Inject CampaignService campaigns;
  @Inject FacesMessages messages;
  @Inject Clock clock;
  @Inject UnitHistory unitHistory;

  private Long id;
  private String unit;
  private transient Workspace workspace;
  private transient TreeNode<WorkspaceRow> tree;
  private transient LeafSelection treeFor;
  private CampaignAccess.Caller caller;
  private final LeafPicker picker = new LeafPicker();
  private final LeafForm form = new LeafForm();
  private String stepComment;
  private String unitName;
  private String unitNameOf;

  public void load() {
    if (id == null) {
      throw new NotFoundException("campaign.notFound", "");
    }
    caller = campaigns.caller();
    if (unit == null) {
      unit = caller.unitCode();
    }
    workspace = service.workspace(id, unit);
    picker.startAt(workspace);
  }

  /** Opens the dialog on one leaf, with what is saved and what the leaf's history says. */
  public void startEdit(String subjectCode, String nodeCode) {
    WorkspaceLeaf leaf = leaf(subjectCode, nodeCode);
    form.fill(leaf);
    loadLeafDetails(subjectCode, nodeCode);
  }

  /**
   * Opens the leaf after the open one among those the page shows, going down the list as an officer
   * does; after the last one the dialog stays where it is. A filter such as "Chưa chấm" has dropped
   * the leaf just saved, so the next is the first shown whose code comes after it.
   */
  void openNext() {
    String current = form.getNodeCode();
    picker.selection().of(workspace().leaves()).stream()
        .filter(l -> NodeCode.ORDER.compare(l.getCode(), current) > 0)
        .findFirst()
        .ifPresentOrElse(
            l -> startEdit(l.getSubject().getCode(), l.getCode()),
            () -> messages.info("workspace.lastLeaf", current));
  }

  public void submit() {
    step(() -> workflow.submit(id, subjectCode(), unit, stepComment), "workspace.submitted");
  }

  public void approve() {
    step(() -> workflow.approve(id, subjectCode(), unit, stepComment), "workspace.approved");
  }

  public void returnToOfficer() {
    step(
        () -> workflow.returnToOfficer(id, subjectCode(), unit, stepComment),
        "workspace.returnedToOfficer");
  }

  public void returnUnit() {
    step(() -> workflow.returnUnit(id, subjectCode(), unit, stepComment), "workspace.returned");
  }

  public void reopen() {
    step(() -> workflow.reopen(id, subjectCode(), unit, stepComment), "workspace.reopened");
  }

  /** A refused step still shows the work as it now stands: someone may have moved it meanwhile. */
  private void step(Runnable action, String doneKey) {
    try {
      action.run();
      messages.info(doneKey, unit);
      stepComment = null;
    } finally {
      refresh();
    }
  }

  /**
   * A refused edit of a leaf shows the workspace as it now is. A stale save keeps the user's input
   * in the form, shows what is saved now beside it and takes the current version, so that saving
   * again is a knowing overwrite.
   */
  void onRefusal(@Observes(notifyObserver = Reception.IF_EXISTS) Refusal refusal) {
    if (!(refusal.failure() instanceof ConflictException) || workspace == null) {
      return;
    }
    refresh();
    if (refusal.isStale() && form.getNodeCode() != null) {
      form.conflict(leaf(form.getSubjectCode(), form.getNodeCode()).getScore());
      messages.error(null, "workspace.stale", form.getNodeCode());
      refusal.explain();
    }
  }

  /** The leaf's documents and history as they now are, and the workspace around it. */
  void reloadLeaf() {
    loadLeafDetails(form.getSubjectCode(), form.getNodeCode());
    refresh();
  }

  private void loadLeafDetails(String subjectCode, String nodeCode) {
    form.setEvidence(evidence.linksOf(id, subjectCode, nodeCode));
    form.setTrail(service.trail(id, subjectCode, nodeCode));
    form.setComments(service.comments(id, subjectCode, nodeCode));
    form.setRequests(
        requests.list(id).stream()
            .filter(
                r ->
                    r.request().getSubject().getCode().equals(subjectCode)
                        && r.request().getNodeCode().equals(nodeCode))
            .toList());
  }

  void refresh() {
    workspace = service.workspace(id, unit);
    tree = null;
  }

  private WorkspaceLeaf leaf(String subjectCode, String nodeCode) {
    return workspace.leaves().stream()
        .filter(l -> l.getSubject().getCode().equals(subjectCode) && l.getCode().equals(nodeCode))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("assessment.leaf.unknown", nodeCode));
  }

  private String subjectCode() {
    return workspace.leaves().isEmpty() ? unit : workspace.leaves().get(0).getSubject().getCode();
  }

  private Workspace workspace() {
    if (workspace == null) {
      refresh();
    }
    return workspace;
  }

  /** The leaves the field, filter and search select, under their fields and criteria. */
  public TreeNode<WorkspaceRow> getTree() {
    LeafSelection selection = picker.selection();
    if (tree == null || !selection.equals(treeFor)) {
      tree = WorkspaceTree.of(workspace(), selection.of(workspace().leaves()));
      treeFor = selection;
    }
    return tree;
  }

  public List<LeafPicker.FieldChoice> getFields() {
    return LeafPicker.fields(workspace());
  }

  public long getUnscoredCount() {
    return workspace().leaves().stream().filter(l -> !l.isScored()).count();
  }

  public int getLeafCount() {
    return workspace().leaves().size();
  }

  /** The last day of self-assessment, if the campaign has one. */
  public LocalDate getDeadline() {
    return workspace().campaign().getPhases().getSelfAssessmentCloses();
  }

  /** Days from today (Vietnam's date) to the deadline: 0 on its last day, negative after it. */
  public Long getDaysLeft() {
    LocalDate deadline = getDeadline();
    return deadline == null
        ? null
        : ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(Clocks.VIETNAM)), deadline);
  }

  public List<Workspace.FieldTotal> getFieldTotals() {
    return workspace().fieldTotals();
  }

  public BigDecimal getSelfTotal() {
    return workspace().selfTotal();
  }

  public BigDecimal getMaxTotal() {
    return workspace().maxTotal();
  }

  public BigDecimal getPointsAtRisk() {
    return workspace().pointsAtRisk();
  }

  public boolean isEditable() {
    return workspace().editable();
  }

  public String getCampaignName() {
    return workspace().campaign().getName();
  }

  public Campaign getCampaign() {
    return workspace().campaign();
  }

  /** The unit by the name it had in the campaign's year, today's beside it where it changed. */
  public String getUnitName() {
    String code = workspace().unit().getCode();
    if (!code.equals(unitNameOf)) {
      // Read once for the view: every unit's names come in one reading.
      unitName = unitHistory.namesIn(workspace().campaign().getYear()).getOrDefault(code, code);
      unitNameOf = code;
    }
    return unitName;
  }

  public SubmissionStatus getStatus() {
    return workspace().submission() == null ? null : workspace().submission().getStatus();
  }

  public boolean isReopened() {
    return workspace().submission() != null && workspace().submission().isReopened();
  }

  public List<SubmissionEvent> getEvents() {
    return workspace().submission() == null ? List.of() : workspace().submission().getEvents();
  }

  public boolean isOwnUnit() {
    return unit != null && unit.equals(caller.unitCode());
  }

  public boolean isCoordinator() {
    return caller.manages();
  }

  public boolean isLeader() {
    return isOwnUnit() && caller.roles().contains(Role.UNIT_LEADER);
  }

  public LeafPicker getPicker() {
    return picker;
  }

  public List<AuditEntry> getTrail() {
    return form.getTrail();
  }

  public List<EvidenceLink> getEvidence() {
    return form.getEvidence();
  }

  public List<LeafComment> getComments() {
    return form.getComments();
  }

  public List<EvidenceRequestService.Listed> getRequests() {
    return form.getRequests();
  }

  public LeafForm getForm() {
    return form;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getStepComment() {
    return stepComment;
  }

  public void setStepComment(String stepComment) {
    this.stepComment = stepComment;
  }
}
