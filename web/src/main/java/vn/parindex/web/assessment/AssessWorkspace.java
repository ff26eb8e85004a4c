package vn.parindex.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import vn.parindex.account.Role;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.assessment.LeafComment;
import vn.parindex.assessment.LeafScore;
import vn.parindex.assessment.LeafState;
import vn.parindex.assessment.RiskInput;
import vn.parindex.assessment.ScoreInput;
import vn.parindex.assessment.ScoreResult;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.assessment.SubmissionEvent;
import vn.parindex.assessment.SubmissionStatus;
import vn.parindex.assessment.Workspace;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.evidence.EvidenceDocument;
import vn.parindex.evidence.EvidenceLink;
import vn.parindex.evidence.EvidenceMetadata;
import vn.parindex.evidence.EvidenceRequestService;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.NodeCode;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.shared.BusinessException;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.web.shell.FacesMessages;

/**
 * {@code app/campaigns/workspace.xhtml?id=…&unit=…}: where a unit's officer spends December. The
 * leaves it must score with their rule, last year's score, evidence and state, totals by field; one
 * dialog per leaf to score it, flag it at risk, attach evidence and read its history; and the
 * workflow buttons of the unit's work.
 */
@Named
@ViewScoped
public class AssessWorkspace implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The workspace filters of the issue: everything, or what still needs attention. */
  public enum Filter {
    ALL,
    NO_EVIDENCE,
    AT_RISK,
    RETURNED
  }

  @Inject SelfAssessmentService service;
  @Inject EvidenceService evidence;
  @Inject EvidenceRequestService requests;
  @Inject UnitDirectory units;
  @Inject CampaignService campaigns;
  @Inject FacesMessages messages;

  private Long id;
  private String unit;
  private transient Workspace workspace;
  private transient TreeNode<WorkspaceRow> tree;
  private CampaignAccess.Caller caller;
  private Filter filter = Filter.ALL;
  private final LeafForm form = new LeafForm();
  private String stepComment;
  private transient UploadedFiles files;
  private String commentText;
  private String requestUnit;
  private String requestMessage;
  private LocalDate requestDue;
  private String removalReason;
  private Long existingDocumentId;
  private Long replacedDocumentId;
  private transient UploadedFile replacement;
  private Long removalDocumentId;

  public void load() {
    if (id == null) {
      throw new NotFoundException("campaign.notFound", "");
    }
    caller = campaigns.caller();
    if (unit == null) {
      unit = caller.unitCode();
    }
    workspace = service.workspace(id, unit);
  }

  /** Opens the dialog on one leaf, with what is saved and what the leaf's history says. */
  public void startEdit(String subjectCode, String nodeCode) {
    WorkspaceLeaf leaf = leaf(subjectCode, nodeCode);
    form.fill(leaf);
    loadLeafDetails(subjectCode, nodeCode);
  }

  public void saveScore() {
    try {
      ScoreResult result =
          service.score(
              id,
              form.getSubjectCode(),
              form.getNodeCode(),
              new ScoreInput(
                  form.getValue(),
                  form.typedSelfScore(),
                  form.getExplanation(),
                  form.getVersion(),
                  form.getReason(),
                  form.typedOverrideReason()));
      form.saved(result.score(), result.ruleExplanation());
      messages.info("workspace.saved", form.getNodeCode());
      reloadLeaf();
    } catch (ConflictException e) {
      staleOrLocked(e);
    } catch (BusinessException e) {
      messages.show(e, "leafForm:");
    }
  }

  /** The rule's points for the value being typed, before anything is saved. */
  public void previewRule() {
    try {
      form.preview();
    } catch (BusinessException e) {
      messages.show(e, "leafForm:");
    }
  }

  public void saveRisk() {
    try {
      LeafScore score =
          service.flag(
              id,
              form.getSubjectCode(),
              form.getNodeCode(),
              new RiskInput(
                  form.isAtRisk(),
                  form.getRiskCause(),
                  form.getRemedy(),
                  form.getRiskOwner(),
                  form.getRiskDue(),
                  form.getVersion()));
      form.saved(score, form.getRuleExplanation());
      messages.info("workspace.riskSaved", form.getNodeCode());
      reloadLeaf();
    } catch (ConflictException e) {
      staleOrLocked(e);
    } catch (BusinessException e) {
      messages.show(e, "leafForm:");
    }
  }

  /** Several files at once, each with the same official record fields. */
  public void upload() {
    if (files == null || files.getFiles().isEmpty()) {
      messages.error("leafForm:files", "frameworks.file.required");
      return;
    }
    EvidenceMetadata metadata =
        new EvidenceMetadata(
            form.getDocNumber(), form.getDocDate(), form.getDocIssuer(), form.getDocCitation());
    int kept = 0;
    for (UploadedFile file : files.getFiles()) {
      try (InputStream in = file.getInputStream()) {
        evidence.upload(
            id, form.getSubjectCode(), form.getNodeCode(), in, file.getFileName(), metadata);
        kept++;
      } catch (BusinessException e) {
        messages.show(e, "leafForm:");
      } catch (IOException e) {
        messages.error("leafForm:files", "frameworks.file.unreadable");
      }
    }
    if (kept > 0) {
      messages.info("workspace.evidence.uploaded", kept, form.getNodeCode());
      form.clearDocument();
    }
    reloadLeaf();
  }

  public void comment() {
    try {
      service.comment(id, form.getSubjectCode(), form.getNodeCode(), commentText);
      commentText = null;
      reloadLeaf();
    } catch (BusinessException e) {
      messages.show(e, "leafForm:");
    }
  }

  public void askForEvidence() {
    try {
      requests.ask(
          id, form.getSubjectCode(), form.getNodeCode(), requestUnit, requestMessage, requestDue);
      messages.info("workspace.request.sent", requestUnit, form.getNodeCode());
      requestUnit = null;
      requestMessage = null;
      requestDue = null;
      reloadLeaf();
    } catch (BusinessException e) {
      messages.show(e, "leafForm:");
    }
  }

  /** Backs this leaf with a document the unit already uploaded for another one. */
  public void linkExisting() {
    try {
      evidence.linkExisting(id, form.getSubjectCode(), form.getNodeCode(), existingDocumentId);
      messages.info("workspace.evidence.linked", form.getNodeCode());
      existingDocumentId = null;
      reloadLeaf();
    } catch (BusinessException e) {
      messages.show(e, "leafForm:");
    }
  }

  public void askReplacement(Long documentId) {
    replacedDocumentId = documentId;
    form.clearDocument();
  }

  /** A new revision of a document: every leaf it backs takes it; the old one is kept. */
  public void replace() {
    if (replacement == null || replacement.getSize() == 0) {
      messages.error("replaceForm:replacement", "frameworks.file.required");
      return;
    }
    try (InputStream in = replacement.getInputStream()) {
      evidence.replace(
          id,
          replacedDocumentId,
          in,
          replacement.getFileName(),
          new EvidenceMetadata(
              form.getDocNumber(), form.getDocDate(), form.getDocIssuer(), form.getDocCitation()));
      messages.info("workspace.evidence.replaced");
      reloadLeaf();
    } catch (BusinessException e) {
      messages.show(e, "replaceForm:");
    } catch (IOException e) {
      messages.error("replaceForm:replacement", "frameworks.file.unreadable");
    }
  }

  public void askRemoval(Long documentId) {
    removalDocumentId = documentId;
    removalReason = null;
  }

  public void removeEvidence() {
    try {
      evidence.removeLink(
          id, form.getSubjectCode(), form.getNodeCode(), removalDocumentId, removalReason);
      messages.info("workspace.evidence.removed");
      reloadLeaf();
    } catch (BusinessException e) {
      messages.show(e, "removalForm:");
    }
  }

  public void returnLeaf() {
    try {
      service.returnLeaf(id, form.getSubjectCode(), form.getNodeCode(), stepComment);
      messages.info("workspace.leafReturned", form.getNodeCode());
      stepComment = null;
      reloadLeaf();
    } catch (BusinessException e) {
      messages.show(e, "leafForm:");
    }
  }

  public void submit() {
    step(() -> service.submit(id, subjectCode(), unit, stepComment), "workspace.submitted");
  }

  public void approve() {
    step(() -> service.approve(id, subjectCode(), unit, stepComment), "workspace.approved");
  }

  public void returnToOfficer() {
    step(
        () -> service.returnToOfficer(id, subjectCode(), unit, stepComment),
        "workspace.returnedToOfficer");
  }

  public void returnUnit() {
    step(() -> service.returnUnit(id, subjectCode(), unit, stepComment), "workspace.returned");
  }

  public void reopen() {
    step(() -> service.reopen(id, subjectCode(), unit, stepComment), "workspace.reopened");
  }

  private void step(Runnable action, String doneKey) {
    try {
      action.run();
      messages.info(doneKey, unit);
      stepComment = null;
    } catch (BusinessException e) {
      messages.show(e, "stepsForm:");
    }
    refresh();
  }

  /**
   * A stale save keeps the user's input in the form, shows what is saved now beside it and takes
   * the current version, so that saving again is a knowing overwrite; a locked unit just says so.
   */
  private void staleOrLocked(ConflictException e) {
    refresh();
    if ("error.stale".equals(e.messageKey())) {
      form.conflict(leaf(form.getSubjectCode(), form.getNodeCode()).getScore());
      messages.error(null, "workspace.stale", form.getNodeCode());
    } else {
      messages.show(e, "leafForm:");
    }
  }

  /** The leaf's documents and history as they now are, and the workspace around it. */
  private void reloadLeaf() {
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

  private void refresh() {
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

  public List<WorkspaceLeaf> getLeaves() {
    return workspace().leaves().stream()
        .filter(
            l ->
                switch (filter) {
                  case ALL -> true;
                  case NO_EVIDENCE -> l.getEvidenceCount() == 0;
                  case AT_RISK -> l.isAtRisk();
                  case RETURNED -> l.getState() == LeafState.RETURNED;
                })
        .toList();
  }

  /**
   * The filtered leaves as a tree under their fields and criteria, every row expanded, branches
   * carrying the sums of the unit's leaves below them.
   */
  public TreeNode<WorkspaceRow> getTree() {
    if (tree == null) {
      tree = buildTree(getLeaves());
    }
    return tree;
  }

  private TreeNode<WorkspaceRow> buildTree(List<WorkspaceLeaf> shown) {
    Map<String, FrameworkNode> nodes = new HashMap<>();
    workspace().campaign().getFramework().getNodes().forEach(n -> nodes.put(n.getCode(), n));
    TreeNode<WorkspaceRow> root = new DefaultTreeNode<>(null, null);
    Map<String, TreeNode<WorkspaceRow>> placed = new HashMap<>();
    for (WorkspaceLeaf leaf : shown) {
      TreeNode<WorkspaceRow> parent =
          branch(NodeCode.parentOf(leaf.getCode()), nodes, shown, root, placed);
      new DefaultTreeNode<>(WorkspaceRow.leaf(leaf), parent).setExpanded(true);
    }
    return root;
  }

  private static TreeNode<WorkspaceRow> branch(
      String code,
      Map<String, FrameworkNode> nodes,
      List<WorkspaceLeaf> shown,
      TreeNode<WorkspaceRow> root,
      Map<String, TreeNode<WorkspaceRow>> placed) {
    if (code == null) {
      return root;
    }
    TreeNode<WorkspaceRow> existing = placed.get(code);
    if (existing != null) {
      return existing;
    }
    TreeNode<WorkspaceRow> parent = branch(NodeCode.parentOf(code), nodes, shown, root, placed);
    List<WorkspaceLeaf> below =
        shown.stream().filter(l -> NodeCode.isWithin(l.getCode(), code)).toList();
    TreeNode<WorkspaceRow> node =
        new DefaultTreeNode<>(WorkspaceRow.branch(nodes.get(code), below), parent);
    node.setExpanded(true);
    placed.put(code, node);
    return node;
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

  public String getUnitName() {
    return workspace().unit().getNameVi();
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

  public Filter[] getFilters() {
    return Filter.values();
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

  /** Units that may be asked for evidence: every active unit but the one scoring. */
  public List<OrganisationUnit> getAskableUnits() {
    return units.list().stream().filter(u -> u.isActive() && !u.getCode().equals(unit)).toList();
  }

  /** Documents of the unit that do not back this leaf yet. */
  public List<EvidenceDocument> getLinkableDocuments() {
    List<Long> here =
        form.getEvidence().stream()
            .filter(l -> !l.isRemoved())
            .map(l -> l.getDocument().getId())
            .toList();
    return evidence.ownDocuments(id).stream().filter(d -> !here.contains(d.getId())).toList();
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

  public String getCommentText() {
    return commentText;
  }

  public void setCommentText(String commentText) {
    this.commentText = commentText;
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

  public Filter getFilter() {
    return filter;
  }

  public void setFilter(Filter filter) {
    this.filter = filter;
    tree = null;
  }

  public String getStepComment() {
    return stepComment;
  }

  public void setStepComment(String stepComment) {
    this.stepComment = stepComment;
  }

  public UploadedFiles getFiles() {
    return files;
  }

  public void setFiles(UploadedFiles files) {
    this.files = files;
  }

  public String getRemovalReason() {
    return removalReason;
  }

  public void setRemovalReason(String removalReason) {
    this.removalReason = removalReason;
  }
}
