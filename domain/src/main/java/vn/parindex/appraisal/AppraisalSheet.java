package vn.parindex.appraisal;

import static vn.parindex.assessment.CampaignLeaves.key;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.account.Role;
import vn.parindex.assessment.CampaignLeaves;
import vn.parindex.assessment.LeafResolver;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.GridPage;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.shared.PageRequest;
import vn.parindex.shared.ResultPage;
import vn.parindex.shared.Roles;

/**
 * The appraisal sheet as the caller may see it: everything for Sở Nội vụ and viewers, the fields it
 * appraises for an appraiser, its own assessment for a unit; whole, for one subject, or a page at a
 * time read for the page's subjects only (400 units × 150 leaves is 60,000 rows).
 */
@Stateless
@RolesAllowed(Roles.USER)
public class AppraisalSheet {
  @Inject AppraisalRepository appraisals;
  @Inject CampaignLeaves table;
  @Inject LeafResolver leaves;
  @Inject CampaignService campaignService;

  /** Every row the caller may see. */
  public List<AppraisalRow> rows(long campaignId) {
    Reader r = reader(campaignId);
    return r.rows(r.campaign.getSubjects());
  }

  /** The rows of one subject the caller may see (none for a unit not in the campaign). */
  public List<AppraisalRow> rows(long campaignId, String subjectCode) {
    Reader r = reader(campaignId);
    return r.rows(
        r.campaign.getSubjects().stream().filter(s -> s.getCode().equals(subjectCode)).toList());
  }

  /**
   * The page {@code request} asks for of the rows, subject by subject, of {@code subjectCode} alone
   * when it is given, of those holding the request's words when there are any ({@link GridPage}).
   */
  public ResultPage<AppraisalRow> page(long campaignId, PageRequest request, String subjectCode) {
    Reader r = reader(campaignId);
    List<OrganisationUnit> subjects =
        r.campaign.getSubjects().stream()
            .filter(s -> subjectCode == null || subjectCode.equals(s.getCode()))
            .toList();
    GridPage grid =
        GridPage.of(
            subjects,
            r.campaign.selfLeaves(),
            (subject, node) -> r.visible(subject, r.leads.get(node.getCode())),
            request);
    if (grid.subjects().isEmpty()) {
      return new ResultPage<>(List.of(), grid.total());
    }
    return new ResultPage<>(
        r.rows(grid.subjects()).stream()
            .filter(row -> grid.holds(row.getSubject().getCode(), row.getNode().getCode()))
            .toList(),
        grid.total());
  }

  private Reader reader(long campaignId) {
    CampaignAccess.Caller caller = campaignService.caller();
    Campaign campaign = leaves.campaign(campaignId);
    boolean appraiser = caller.roles().contains(Role.APPRAISER);
    if (!caller.seesEverything() && !appraiser && !caller.worksForUnit()) {
      LeafResolver.refuse(caller, "read the appraisal sheet", campaignId);
    }
    return new Reader(caller, campaign, appraiser);
  }

  /** What one caller may see of one campaign. */
  private final class Reader {
    final CampaignAccess.Caller caller;
    final Campaign campaign;
    final boolean appraiser;
    final Map<String, String> leads;

    Reader(CampaignAccess.Caller caller, Campaign campaign, boolean appraiser) {
      this.caller = caller;
      this.campaign = campaign;
      this.appraiser = appraiser;
      this.leads = campaign.leadsByNode();
    }

    private AppraisalRow row(
        WorkspaceLeaf leaf, Map<String, Appraisal> byRound, Map<String, Explanation> explanations) {
      String key = key(leaf.getSubject().getCode(), leaf.getCode());
      return new AppraisalRow(
          leaf.getSubject(),
          leaf.getNode(),
          leaf.getLeadUnitCode(),
          leaf.getSelfScore(),
          leaf.getScore() == null ? null : leaf.getScore().getOverrideReason(),
          leaf.getEvidenceCount(),
          byRound.get(key + "#1"),
          byRound.get(key + "#2"),
          explanations.get(key));
    }

    boolean visible(OrganisationUnit subject, String leadUnitCode) {
      return caller.seesEverything()
          || (appraiser && CampaignAccess.mayAppraise(caller, leadUnitCode))
          || (caller.worksForUnit() && subject.getCode().equals(caller.unitCode()));
    }

    List<AppraisalRow> rows(List<OrganisationUnit> subjects) {
      List<String> codes = subjects.stream().map(OrganisationUnit::getCode).toList();
      Map<String, Appraisal> byRound = new HashMap<>();
      appraisals
          .appraisals(campaign.getId(), codes)
          .forEach(
              a ->
                  byRound.put(
                      key(a.getSubject().getCode(), a.getNodeCode()) + "#" + a.getRound(), a));
      Map<String, Explanation> explanations = new HashMap<>();
      appraisals
          .explanations(campaign.getId(), codes)
          .forEach(e -> explanations.put(key(e.getSubjectCode(), e.getNodeCode()), e));
      List<AppraisalRow> rows = new ArrayList<>();
      // One read for all the subjects, then what this caller may see of each.
      for (WorkspaceLeaf leaf : table.read(campaign, subjects, campaign.selfLeaves())) {
        if (visible(leaf.getSubject(), leaf.getLeadUnitCode())) {
          rows.add(row(leaf, byRound, explanations));
        }
      }
      return rows;
    }
  }
}
