package vn.parindex.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.parindex.account.AccountService;
import vn.parindex.campaign.AssignmentCsv;
import vn.parindex.campaign.AssignmentRow;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.campaign.IssuedNomination;
import vn.parindex.campaign.NewCampaign;
import vn.parindex.campaign.NominateFocalPairs;
import vn.parindex.campaign.Nomination;
import vn.parindex.campaign.Person;
import vn.parindex.campaign.Phases;
import vn.parindex.framework.DemoFramework;
import vn.parindex.framework.FrameworkService;
import vn.parindex.it.support.ContainerTest;
import vn.parindex.it.support.Deployments;
import vn.parindex.shared.ConflictException;

/**
 * Campaigns through the real services and the V3 migration, on H2 and on PostgreSQL: rules,
 * subjects and focal pairs are stored and come back, a nomination opens accounts, a clone carries
 * the rules into the next year, and a framework in use cannot be deleted.
 */
@ContainerTest
class CampaignsIT {
  private static final String RULES =
      "scope_code,scope_kind,lead_unit_code,except_codes,source,coordinating_unit_codes\n"
          + "1,FIELD,SNV,1.4,,\n"
          + "1.4,CRITERION,STTTT,,,\n"
          + "2,FIELD,STP,,,HCX;TPHT\n"
          + "3,FIELD,VPUBND,,,\n"
          + "4,FIELD,SNV,,,\n"
          + "5,FIELD,SNV,,,\n"
          + "6,FIELD,STC,,,\n"
          + "7,FIELD,STTTT,,,\n"
          + "8,FIELD,SKHDT,,,\n";

  @Deployment
  static WebArchive deployment() {
    return Deployments.realWar(CampaignsIT.class, AsAdmin.class);
  }

  @Inject CampaignService campaigns;
  @Inject NominateFocalPairs focalPairs;
  @Inject FrameworkService frameworks;
  @Inject AccountService accounts;
  @Inject AsAdmin asAdmin;

  @Test
  void aCampaignKeepsItsRulesAndPairsAndClonesIntoTheNextYear() throws Exception {
    long sample =
        asAdmin.call(frameworks::list).stream()
            .filter(f -> f.getCode().equals(DemoFramework.CODE))
            .findFirst()
            .orElseThrow()
            .getId();
    Campaign created =
        asAdmin.call(
            () ->
                campaigns.create(
                    new NewCampaign(
                        "Tự đánh giá năm 2022 — thử",
                        2022,
                        sample,
                        "PROVINCIAL",
                        null,
                        new Phases(
                            LocalDate.of(2022, 12, 7),
                            LocalDate.of(2022, 12, 8),
                            LocalDate.of(2022, 12, 31),
                            null,
                            null,
                            null,
                            null,
                            null),
                        null)));
    long id = created.getId();
    List<AssignmentRow> rows = AssignmentCsv.read(new StringReader(RULES));
    asAdmin.call(() -> campaigns.importAssignments(id, rows));

    Campaign reloaded = asAdmin.call(() -> campaigns.get(id));
    assertEquals(rows, reloaded.ruleRows());
    assertEquals("UBND", reloaded.getSubjects().get(0).getCode());
    assertEquals(LocalDate.of(2022, 12, 31), reloaded.getPhases().getSelfAssessmentCloses());
    assertTrue(reloaded.assignments().complete());
    assertEquals(
        List.of("HCX", "TPHT"),
        reloaded.assignments().assignments().stream()
            .filter(a -> a.nodeCode().equals("2.2"))
            .findFirst()
            .orElseThrow()
            .coordinatingUnitCodes());

    IssuedNomination issued =
        asAdmin.call(
            () ->
                focalPairs.nominate(
                    id,
                    "STP",
                    new Nomination(
                        new Person("Trần Văn Đức", "Phó Giám đốc", "0239 3855 123", null),
                        new Person("Lê Thị Ữa", "Chuyên viên", null, "ua@stp.hatinh.gov.vn"))));
    assertEquals(14, issued.officerPassword().length());
    assertTrue(
        asAdmin.call(accounts::list).stream()
            .anyMatch(
                a ->
                    a.getUsername().equals("stp.daumoi")
                        && a.getUnit().getCode().equals("STP")
                        && a.getFullName().equals("Lê Thị Ữa")));

    asAdmin.call(() -> campaigns.open(id));
    assertEquals(CampaignStatus.OPEN, asAdmin.call(() -> campaigns.get(id)).getStatus());
    assertThrows(
        ConflictException.class, () -> asAdmin.call(() -> campaigns.importAssignments(id, rows)));
    assertThrows(
        ConflictException.class,
        () ->
            asAdmin.call(
                () -> {
                  frameworks.delete(sample);
                  return null;
                }));

    Campaign next =
        asAdmin.call(() -> campaigns.cloneInto(id, "Tự đánh giá năm 2023 — thử", 2023, null));
    Campaign nextReloaded = asAdmin.call(() -> campaigns.get(next.getId()));
    assertEquals(CampaignStatus.DRAFT, nextReloaded.getStatus());
    assertEquals(rows, nextReloaded.ruleRows());
    assertEquals(LocalDate.of(2023, 12, 7), nextReloaded.getPhases().getNominationDue());
    assertEquals(id, nextReloaded.getPrevious().getId());
    assertEquals(
        "Lê Thị Ữa", nextReloaded.focalPair("STP").orElseThrow().getOfficer().getFullName());
  }
}
