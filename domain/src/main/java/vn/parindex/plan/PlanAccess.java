package vn.parindex.plan;

import vn.parindex.campaign.CampaignAccess;

/**
 * Who may do what with plans. The province's plans are read by every user and written by Sở Nội vụ;
 * a unit's own plan is read and written by its officers and leaders, and read by Sở Nội vụ and
 * viewers. Progress on a task is reported by its lead unit (or by Sở Nội vụ for it).
 */
public final class PlanAccess {
  private PlanAccess() {}

  public static boolean mayRead(CampaignAccess.Caller caller, Plan plan) {
    return plan.getKind().provincial() || caller.seesEverything() || owns(caller, plan);
  }

  public static boolean mayWrite(CampaignAccess.Caller caller, PlanKind kind, String ownerCode) {
    return caller.manages()
        || (!kind.provincial() && caller.worksForUnit() && caller.unitCode().equals(ownerCode));
  }

  public static boolean mayWrite(CampaignAccess.Caller caller, Plan plan) {
    return mayWrite(caller, plan.getKind(), plan.getOwner().getCode());
  }

  public static boolean mayReport(CampaignAccess.Caller caller, PlanTask task) {
    return caller.manages()
        || (caller.worksForUnit() && caller.unitCode().equals(task.getLead().getCode()));
  }

  private static boolean owns(CampaignAccess.Caller caller, Plan plan) {
    return caller.worksForUnit() && caller.unitCode().equals(plan.getOwner().getCode());
  }
}
