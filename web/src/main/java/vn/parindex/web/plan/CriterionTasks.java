package vn.parindex.web.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.plan.FollowPlans;
import vn.parindex.web.assessment.AssessWorkspace;

/**
 * The plan tasks that serve the criterion open in the workspace, with where they stand: a
 * suggestion for its self-score (criterion 1.1, the annual PAR plan, is scored by how it was done).
 * The province's plans for the province's self-assessment; the unit's tasks and own plan for a
 * unit's.
 */
@Named
@RequestScoped
public class CriterionTasks {
  @Inject AssessWorkspace workspace;
  @Inject FollowPlans follow;

  private FollowPlans.Tasks tasks;

  /** Read once per request, when the leaf dialog shows them. */
  public FollowPlans.Tasks getTasks() {
    String node = workspace.getForm().getNodeCode();
    if (tasks == null && node != null) {
      Campaign campaign = workspace.getCampaign();
      String unit = campaign.getKind() == CampaignKind.INTERNAL ? workspace.getUnit() : null;
      tasks = follow.servingCriterion(campaign.getYear(), unit, node);
    }
    return tasks;
  }

  /** Whether any task serves the open criterion. */
  public boolean isShown() {
    return getTasks() != null && !getTasks().isEmpty();
  }
}
