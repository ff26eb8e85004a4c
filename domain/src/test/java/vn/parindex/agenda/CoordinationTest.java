package vn.parindex.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.ProgressRow;
import vn.parindex.assessment.SubmissionStatus;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.FocalPairStatus;
import vn.parindex.campaign.Phases;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitKind;

/** What Sở Nội vụ's home says of a campaign, counted from its progress report. */
class CoordinationTest {
  private static final LocalDate TODAY = LocalDate.parse("2022-12-10");

  private static ProgressRow row(String unit, int scored, SubmissionStatus status, int overdue) {
    return new ProgressRow(
        unit, "Sở " + unit, true, 10, scored, 0, status, null, null, 0, overdue, 0);
  }

  private static FocalPairStatus pair(String unit, boolean overdue) {
    return new FocalPairStatus(
        new OrganisationUnit(unit, unit, unit, UnitKind.DEPARTMENT), null, overdue);
  }

  @Test
  void countsUnitsByHowFarTheyAreAndNamesTheSlowestDraftsFirst() {
    Campaign campaign =
        new Campaign(
            "PAR INDEX 2022",
            2022,
            null,
            CampaignKind.PROVINCIAL,
            new Phases(
                LocalDate.parse("2022-12-07"),
                LocalDate.parse("2022-12-04"),
                LocalDate.parse("2022-12-20"),
                null,
                null,
                null,
                null,
                null),
            List.of(),
            Instant.EPOCH);
    List<ProgressRow> progress =
        List.of(
            row("SNV", 10, SubmissionStatus.APPROVED, 0),
            row("STP", 10, SubmissionStatus.SUBMITTED, 0),
            row("SYT", 3, SubmissionStatus.DRAFT, 2),
            row("SGD", 0, SubmissionStatus.DRAFT, 1),
            row("SXD", 10, SubmissionStatus.DRAFT, 0),
            row("STC", 3, SubmissionStatus.DRAFT, 0));

    Coordination c =
        Coordination.of(campaign, progress, List.of(pair("SGD", true), pair("SYT", false)), TODAY);

    assertEquals(6, c.units());
    assertEquals(3, c.fullyScored());
    assertEquals(1, c.submitted());
    assertEquals(1, c.waitingReview());
    assertEquals(1, c.focalPairsOverdue());
    assertEquals(3, c.requestsOverdue());
    assertEquals(
        List.of("SGD", "STC", "SYT"), c.behind().stream().map(ProgressRow::unitCode).toList());
    assertEquals(
        new Phases.Milestone("selfAssessmentCloses", LocalDate.parse("2022-12-20")), c.next());
    assertEquals(10L, c.daysToNext());
  }

  @Test
  void listsNoMoreThanFiveUnitsBehind() {
    Campaign campaign =
        new Campaign("X", 2022, null, CampaignKind.INTERNAL, null, List.of(), Instant.EPOCH);
    List<ProgressRow> progress =
        List.of("A", "B", "C", "D", "E", "F", "G").stream()
            .map(u -> row(u, 1, SubmissionStatus.DRAFT, 0))
            .toList();

    Coordination c = Coordination.of(campaign, progress, List.of(), TODAY);

    assertEquals(Coordination.BEHIND_SHOWN, c.behind().size());
    assertEquals(null, c.next());
    assertEquals(null, c.daysToNext());
  }

  @Test
  void aCampaignLoadedWithoutAnyDateHasNoNextDate() throws ReflectiveOperationException {
    Campaign campaign =
        new Campaign("Y", 2022, null, CampaignKind.INTERNAL, null, List.of(), Instant.EPOCH);
    // As JPA loads it when every date column is null: the embedded dates are null.
    java.lang.reflect.Field phases = Campaign.class.getDeclaredField("phases");
    phases.setAccessible(true);
    phases.set(campaign, null);

    Coordination c = Coordination.of(campaign, List.of(), List.of(), TODAY);

    assertEquals(null, c.next());
  }
}
