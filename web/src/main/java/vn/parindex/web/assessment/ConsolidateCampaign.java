package vn.parindex.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import vn.parindex.appraisal.Comparison;
import vn.parindex.appraisal.MinistryComparison;
import vn.parindex.assessment.Consolidation;
import vn.parindex.assessment.ConsolidationTotals;
import vn.parindex.assessment.ProgressRow;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.PagedRows;

/**
 * {@code app/campaigns/consolidation.xhtml?id=…}: Sở Nội vụ's view of the whole self-assessment:
 * every leaf with its lead unit, state, self-score, evidence and flag, a page at a time; totals by
 * field; points at risk by lead unit; each unit's submission; a leaf can be returned from here.
 */
@Named
@ViewScoped
public class ConsolidateCampaign implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SelfAssessmentService service;
  @Inject Consolidation consolidation;
  @Inject FacesMessages messages;
  @Inject MinistryComparison ministry;

  private Long id;
  private transient Campaign campaign;
  private PagedRows<WorkspaceLeaf> leaves;
  private transient ConsolidationTotals totals;
  private transient List<ProgressRow> submissions;
  private String returnSubject;
  private String returnNode;
  private String returnComment;
  private transient Comparison comparison;

  public void load() {
    Consolidation.Overview overview = consolidation.overview(id);
    campaign = overview.campaign();
    totals = overview.totals();
    submissions = overview.submissions();
    long campaignId = id;
    Consolidation pages = consolidation;
    leaves =
        new PagedRows<>(
            "leadUnitCode",
            (request, lead) -> pages.page(campaignId, request, lead),
            l -> l.getSubject().getCode() + "/" + l.getCode());
    comparison = campaign.getKind() == CampaignKind.PROVINCIAL ? ministry.comparison(id) : null;
  }

  public Comparison getComparison() {
    if (campaign == null) {
      load();
    }
    return comparison;
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

  public List<ConsolidationTotals.Sum> getFieldTotals() {
    return totals().byField();
  }

  public List<ConsolidationTotals.Sum> getLeadTotals() {
    return totals().byLead();
  }

  public BigDecimal getSelfTotal() {
    return totals().self();
  }

  private ConsolidationTotals totals() {
    if (totals == null) {
      load();
    }
    return totals;
  }

  /** The leaves, read a page at a time. */
  public PagedRows<WorkspaceLeaf> getLeaves() {
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
