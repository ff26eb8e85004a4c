package vn.parindex.timeliness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.Clocks;
import vn.parindex.survey.Participation;
import vn.parindex.survey.RespondentStatus;

class LapsesTest {
  private static final LocalDate DUE = LocalDate.of(2025, 12, 15);
  private static final LocalDate TODAY = LocalDate.of(2025, 12, 20);

  private static Instant inHaTinh(int day, int hour, int minute) {
    return LocalDateTime.of(2025, 12, day, hour, minute).atZone(Clocks.VIETNAM).toInstant();
  }

  @Test
  void aDueDateIsADayInVietnam() {
    assertEquals(0, Lapses.daysLate(DUE, inHaTinh(15, 23, 59), TODAY));
    assertEquals(1, Lapses.daysLate(DUE, inHaTinh(16, 0, 1), TODAY));
    // 16/12 00:30 in Hà Tĩnh is still 15/12 in UTC: late all the same.
    assertEquals(1, Lapses.daysLate(DUE, inHaTinh(16, 0, 30), TODAY));
  }

  @Test
  void workNotDoneIsLateUntilTodayOnlyOnceItIsDue() {
    assertEquals(5, Lapses.daysLate(DUE, null, TODAY));
    assertEquals(0, Lapses.daysLate(DUE, null, DUE));
    assertEquals(0, Lapses.daysLate(null, null, TODAY));
  }

  @Test
  void eachUnitsLapsesComeFromTheCampaignsRecords() {
    CampaignFacts facts =
        new CampaignFacts(
            7,
            "Đánh giá 2025",
            LocalDate.of(2025, 11, 30),
            DUE,
            Set.of("STP", "SYT", "SGDDT"),
            Map.of(
                "STP",
                LocalDateTime.of(2025, 11, 29, 8, 0).atZone(Clocks.VIETNAM).toInstant(),
                "SYT",
                inHaTinh(2, 8, 0)),
            Map.of("STP", inHaTinh(15, 17, 0), "SYT", inHaTinh(18, 9, 0)),
            List.of(new CampaignFacts.Event("STP", inHaTinh(17, 10, 0), "1.2")),
            List.of(new CampaignFacts.Event("SGDDT", inHaTinh(14, 7, 30), null)),
            List.of(
                new CampaignFacts.Request("SYT", LocalDate.of(2025, 12, 10), null, "2.1"),
                new CampaignFacts.Request(
                    "STP", LocalDate.of(2025, 12, 10), inHaTinh(10, 8, 0), "2.1")));

    List<Lapse> lapses = Lapses.of(facts, TODAY);

    // STP: named and sent on time, gave its evidence on the day; one criterion sent back.
    assertEquals(
        List.of(LapseKind.RETURNED),
        lapses.stream().filter(l -> l.unitCode().equals("STP")).map(Lapse::kind).toList());
    // SYT: named 2 days late (2/12 for 30/11), sent 3 days late, evidence still owed 10 days on.
    List<Lapse> syt = lapses.stream().filter(l -> l.unitCode().equals("SYT")).toList();
    assertEquals(3, syt.size());
    Lapse named =
        syt.stream().filter(l -> l.kind() == LapseKind.NOMINATION_LATE).findFirst().orElseThrow();
    assertEquals(2, named.daysLate());
    assertEquals(LocalDate.of(2025, 12, 2), named.on());
    assertFalse(named.open());
    Lapse evidence =
        syt.stream().filter(l -> l.kind() == LapseKind.EVIDENCE_LATE).findFirst().orElseThrow();
    assertEquals(10, evidence.daysLate());
    assertTrue(evidence.open());
    assertEquals("2.1", evidence.nodeCode());
    // SGDDT: nothing named nor sent by today, and reminded once.
    List<LapseKind> sgddt =
        lapses.stream().filter(l -> l.unitCode().equals("SGDDT")).map(Lapse::kind).toList();
    assertEquals(
        List.of(LapseKind.NOMINATION_LATE, LapseKind.REMINDED, LapseKind.SUBMISSION_LATE), sgddt);
  }

  @Test
  void aSurveyQuotaReachedLateOrStillMissedIsALapseOnItsDay() {
    LocalDate deadline = LocalDate.of(2025, 11, 30);
    List<Participation.Line> lines =
        Participation.lines(
            List.of(
                new Participation.Answer(
                    "STP", RespondentStatus.ANSWERED, LocalDate.of(2025, 11, 20)),
                new Participation.Answer(
                    "SYT", RespondentStatus.ANSWERED, LocalDate.of(2025, 12, 4)),
                new Participation.Answer("SGDDT", RespondentStatus.INVITED, null)),
            Map.of(),
            deadline,
            TODAY);

    List<Lapse> lapses = Lapses.ofSurvey(9, "Đợt 2025", lines);

    assertEquals(List.of("SGDDT", "SYT"), lapses.stream().map(Lapse::unitCode).toList());
    Lapse late = lapses.get(1);
    assertEquals(LapseKind.SURVEY_MISSED, late.kind());
    assertEquals(LocalDate.of(2025, 12, 4), late.on());
    assertEquals(4, late.daysLate());
    assertFalse(late.open());
    Lapse open = lapses.get(0);
    assertEquals(deadline, open.on());
    assertTrue(open.open());
    assertEquals(20, open.daysLate(), "from the deadline to today");
  }
}
