package vn.parindex.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.account.Role;

/**
 * The access matrix: every role, on its own unit's and on a foreign unit's criteria, reading and
 * writing, in both kinds of campaign. STP leads (or appraises) the criterion; the subject of the
 * INTERNAL case is HCX.
 */
class CampaignAccessTest {
  private static CampaignAccess.Caller caller(Role role, String unit) {
    return new CampaignAccess.Caller("x", unit, Set.of(role));
  }

  /** "R"/"-" then "W"/"-", for the caller of STP (own) and of STC (foreign). */
  private static List<String> matrix(CampaignKind kind, String subject) {
    List<String> rows = new ArrayList<>();
    for (Role role : Role.values()) {
      StringBuilder row = new StringBuilder(role.name()).append(':');
      for (String unit : List.of(kind == CampaignKind.INTERNAL ? subject : "STP", "STC")) {
        CampaignAccess.Caller c = caller(role, unit);
        row.append(CampaignAccess.mayRead(c, kind, subject, "STP") ? 'R' : '-');
        row.append(CampaignAccess.mayWrite(c, kind, subject, "STP") ? 'W' : '-');
        row.append(' ');
      }
      rows.add(row.toString().strip());
    }
    return rows;
  }

  @Test
  void inAProvincialCampaignALeadUnitWorksOnlyOnWhatItLeads() {
    assertEquals(
        List.of(
            "ADMIN:RW RW",
            "COORDINATOR:RW RW",
            "UNIT_LEADER:RW --",
            "UNIT_OFFICER:RW --",
            "APPRAISER:-- --",
            "VIEWER:R- R-"),
        matrix(CampaignKind.PROVINCIAL, "UBND"));
  }

  @Test
  void inAnInternalCampaignAUnitWorksOnItsOwnAssessmentAndAnAppraiserOnItsFields() {
    assertEquals(
        List.of(
            "ADMIN:RW RW",
            "COORDINATOR:RW RW",
            "UNIT_LEADER:RW --",
            "UNIT_OFFICER:RW --",
            "APPRAISER:-- --",
            "VIEWER:R- R-"),
        matrix(CampaignKind.INTERNAL, "HCX"));
    CampaignAccess.Caller appraiser = caller(Role.APPRAISER, "STP");
    assertEquals(true, CampaignAccess.mayWrite(appraiser, CampaignKind.INTERNAL, "HCX", "STP"));
    assertEquals(false, CampaignAccess.mayWrite(appraiser, CampaignKind.INTERNAL, "HCX", "STC"));
  }

  @Test
  void anAppraiserMayNotSelfScoreWhatItAppraises() {
    CampaignAccess.Caller appraiser = caller(Role.APPRAISER, "STP");
    assertEquals(
        false, CampaignAccess.maySelfScore(appraiser, CampaignKind.INTERNAL, "HCX", "STP"));
    assertEquals(
        true,
        CampaignAccess.maySelfScore(
            caller(Role.UNIT_OFFICER, "HCX"), CampaignKind.INTERNAL, "HCX", "STP"));
    assertEquals(
        true,
        CampaignAccess.maySelfScore(
            caller(Role.UNIT_OFFICER, "STP"), CampaignKind.PROVINCIAL, "UBND", "STP"));
    assertEquals(
        false,
        CampaignAccess.maySelfScore(
            caller(Role.UNIT_OFFICER, "STC"), CampaignKind.PROVINCIAL, "UBND", "STP"));
    assertEquals(
        false,
        CampaignAccess.maySelfScore(
            caller(Role.VIEWER, null), CampaignKind.PROVINCIAL, "UBND", "STP"));
  }

  @Test
  void onlyVisibleAssignmentsAreListed() {
    List<Assignments.Assignment> all =
        List.of(
            new Assignments.Assignment("2.1", "STP", List.of()),
            new Assignments.Assignment("6.1", "STC", List.of()));
    assertEquals(
        List.of("2.1"),
        CampaignAccess.visible(
                caller(Role.UNIT_OFFICER, "STP"), CampaignKind.PROVINCIAL, "UBND", all)
            .stream()
            .map(Assignments.Assignment::nodeCode)
            .toList());
    assertEquals(
        2,
        CampaignAccess.visible(caller(Role.VIEWER, null), CampaignKind.PROVINCIAL, "UBND", all)
            .size());
  }
}
