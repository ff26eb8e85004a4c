package vn.parindex.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.appraisal.Comparison;
import vn.parindex.appraisal.MinistryComparison;
import vn.parindex.appraisal.SurveyService;
import vn.parindex.assessment.ProgressRow;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.framework.NodeCode;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.FindingView;
import vn.parindex.web.shell.Uploads;

/**
 * {@code app/campaigns/consolidation.xhtml?id=…}: Sở Nội vụ's view of the whole self-assessment:
 * every leaf with its lead unit, state, self-score, evidence and flag; totals by field; points at
 * risk by lead unit; each unit's submission; a leaf can be returned from here.
 */
@Named
@ViewScoped
public class ConsolidateCampaign implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SelfAssessmentService service;
  @Inject CampaignService campaigns;
  @Inject FacesMessages messages;
  @Inject MinistryComparison ministry;

  private Long id;
  private transient Campaign campaign;
  private transient List<WorkspaceLeaf> leaves;
  private transient List<ProgressRow> submissions;
  private String returnSubject;
  private String returnNode;
  private String returnComment;
  private transient Comparison comparison;
  private transient UploadedFile ministryFile;
  private List<FindingView> ministryProblems = List.of();

  /** A sum of self-scores against maxima, for one field or one lead unit. */
  public record Sum(String key, BigDecimal self, BigDecimal max, BigDecimal atRisk) {
    Sum plus(WorkspaceLeaf leaf) {
      return new Sum(
          key,
          self.add(leaf.getSelfScore() == null ? BigDecimal.ZERO : leaf.getSelfScore()),
          max.add(leaf.getNode().getMaxScore()),
          atRisk.add(leaf.getPointsAtRisk()));
    }

    static Sum empty(String key) {
      return new Sum(key, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
  }

  public void load() {
    campaign = campaigns.get(id);
    leaves = service.consolidation(id);
    submissions = service.progress(id);
    comparison = campaign.getKind() == CampaignKind.PROVINCIAL ? ministry.comparison(id) : null;
  }

  /** The Ministry's appraised points, from its table; a wrong row is shown and nothing saved. */
  public void importMinistry() {
    ministryProblems = List.of();
    byte[] table = Uploads.bytes(ministryFile, "file");
    try {
      SurveyService.Imported imported = ministry.importMinistry(id, table);
      messages.info("consolidation.ministry.loaded", imported.added() + imported.updated());
      load();
    } catch (InvalidInputException e) {
      // A table's wrong rows are the answer to show, row by row, not a failure of the page.
      ministryProblems = messages.findings(e);
    }
  }

  public Comparison getComparison() {
    if (campaign == null) {
      load();
    }
    return comparison;
  }

  public UploadedFile getMinistryFile() {
    return ministryFile;
  }

  public void setMinistryFile(UploadedFile ministryFile) {
    this.ministryFile = ministryFile;
  }

  public List<FindingView> getMinistryProblems() {
    return ministryProblems;
  }

  public void askReturn(String subjectCode, String nodeCode) {
    returnSubject = subjectCode;
    returnNode = nodeCode;
    returnComment = null;
  }

  public void returnLeaf() {
    service.returnLeaf(id, returnSubject, returnNode, returnComment);
    messages.info("workspace.leafReturned", returnNode);
    load();
  }

  public List<Sum> getFieldTotals() {
    return sums(true);
  }

  public List<Sum> getLeadTotals() {
    return sums(false);
  }

  private List<Sum> sums(boolean byField) {
    Map<String, Sum> sums = new TreeMap<>(byField ? NodeCode.ORDER : String::compareTo);
    for (WorkspaceLeaf leaf : getLeaves()) {
      String key =
          byField
              ? NodeCode.fieldOf(leaf.getCode())
              : leaf.getLeadUnitCode() == null ? "—" : leaf.getLeadUnitCode();
      sums.merge(key, Sum.empty(key).plus(leaf), (a, b) -> a.plus(leaf));
    }
    return List.copyOf(sums.values());
  }

  public BigDecimal getSelfTotal() {
    return getLeaves().stream()
        .map(WorkspaceLeaf::getSelfScore)
        .filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public List<WorkspaceLeaf> getLeaves() {
    if (leaves == null) {
      load();
    }
    return leaves;
  }

  /** Every responsible unit, also one that has not started: a unit left out is a unit forgotten. */
  public List<ProgressRow> getSubmissions() {
    if (submissions == null) {
      load();
    }
    return submissions;
  }

  public String getCampaignName() {
    if (campaign == null) {
      load();
    }
    return campaign.getName();
  }

  public boolean isProvincial() {
    if (campaign == null) {
      load();
    }
    return campaign.getKind() == CampaignKind.PROVINCIAL;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getReturnNode() {
    return returnNode;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public void setReturnComment(String returnComment) {
    this.returnComment = returnComment;
  }
}
