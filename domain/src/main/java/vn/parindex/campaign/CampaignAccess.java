package vn.parindex.campaign;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import vn.parindex.account.Role;

/**
 * Who may see and change which part of a campaign, decided in one place for the pages and the API
 * alike. A coordinator (or admin) sees and manages everything; a viewer reads everything. An
 * officer or leader works on what its unit leads (PROVINCIAL) or on its own assessment (INTERNAL).
 * An appraiser works, for every subject, on the criteria its department is assigned to appraise.
 */
public final class CampaignAccess {
  private CampaignAccess() {}

  /** The caller as far as access goes: its unit (null for none) and roles. */
  public record Caller(String username, String unitCode, Set<Role> roles) implements Serializable {
    public boolean seesEverything() {
      return roles.contains(Role.COORDINATOR)
          || roles.contains(Role.ADMIN)
          || roles.contains(Role.VIEWER);
    }

    public boolean manages() {
      return roles.contains(Role.COORDINATOR) || roles.contains(Role.ADMIN);
    }

    /** An officer or leader of a unit: the people who do a unit's own work. */
    public boolean worksForUnit() {
      return unitCode != null
          && (roles.contains(Role.UNIT_OFFICER) || roles.contains(Role.UNIT_LEADER));
    }
  }

  /**
   * Whether the caller may read the leaf {@code nodeCode} of subject {@code subjectUnitCode}, led
   * (or, in an INTERNAL campaign, appraised) by {@code leadUnitCode}.
   */
  public static boolean mayRead(
      Caller caller, CampaignKind kind, String subjectUnitCode, String leadUnitCode) {
    return caller.seesEverything() || mayWrite(caller, kind, subjectUnitCode, leadUnitCode);
  }

  /** Whether the caller may score (or, as an appraiser, appraise) that leaf. */
  public static boolean mayWrite(
      Caller caller, CampaignKind kind, String subjectUnitCode, String leadUnitCode) {
    if (caller.manages()) {
      return true;
    }
    if (caller.worksForUnit()) {
      String own = caller.unitCode();
      return kind == CampaignKind.PROVINCIAL
          ? own.equals(leadUnitCode)
          : own.equals(subjectUnitCode);
    }
    return kind == CampaignKind.INTERNAL
        && caller.roles().contains(Role.APPRAISER)
        && caller.unitCode() != null
        && caller.unitCode().equals(leadUnitCode);
  }

  /**
   * Whether the caller may self-score that leaf: its own unit's work, or a coordinator's. An
   * appraiser, who may write appraisals, may not.
   */
  public static boolean maySelfScore(
      Caller caller, CampaignKind kind, String subjectUnitCode, String leadUnitCode) {
    return caller.manages()
        || (caller.worksForUnit()
            && caller.unitCode().equals(responsibleUnit(kind, subjectUnitCode, leadUnitCode)));
  }

  /**
   * Whether the caller may appraise that leaf of an INTERNAL campaign: the department assigned to
   * appraise it (its lead unit), through an APPRAISER account, or a coordinator.
   */
  public static boolean mayAppraise(Caller caller, String leadUnitCode) {
    return caller.manages()
        || (caller.roles().contains(Role.APPRAISER)
            && caller.unitCode() != null
            && caller.unitCode().equals(leadUnitCode));
  }

  /** The unit that self-scores a leaf: its lead (PROVINCIAL) or the subject itself (INTERNAL). */
  public static String responsibleUnit(
      CampaignKind kind, String subjectUnitCode, String leadUnitCode) {
    return kind == CampaignKind.PROVINCIAL ? leadUnitCode : subjectUnitCode;
  }

  /** The assignments a caller may see, for one subject. */
  public static List<Assignments.Assignment> visible(
      Caller caller,
      CampaignKind kind,
      String subjectUnitCode,
      List<Assignments.Assignment> assignments) {
    return assignments.stream()
        .filter(a -> mayRead(caller, kind, subjectUnitCode, a.leadUnitCode()))
        .toList();
  }
}
