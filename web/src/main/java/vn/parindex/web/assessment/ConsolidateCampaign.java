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
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.assessment.Submission;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.framework.NodeCode;
import vn.parindex.shared.BusinessException;
import vn.parindex.web.shell.FacesMessages;

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

  private Long id;
  private transient Campaign campaign;
  private transient List<WorkspaceLeaf> leaves;
  private transient List<Submission> submissions;
  private String returnSubject;
  private String returnNode;
  private String returnComment;

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
    submissions = service.submissions(id);
  }

  public void askReturn(String subjectCode, String nodeCode) {
    returnSubject = subjectCode;
    returnNode = nodeCode;
    returnComment = null;
  }

  public void returnLeaf() {
    try {
      service.returnLeaf(id, returnSubject, returnNode, returnComment);
      messages.info("workspace.leafReturned", returnNode);
      load();
    } catch (BusinessException e) {
      messages.show(e, "returnForm:");
    }
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

  public List<Submission> getSubmissions() {
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
