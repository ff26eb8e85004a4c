package vn.parindex.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.MessageKey;
import vn.parindex.shared.Violation;

/** Which dates of a campaign must follow which: the dispatch's own timeline must be enterable. */
class PhasesTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Phases phases(String... isoDates) {
    LocalDate[] dates = new LocalDate[8];
    for (int i = 0; i < isoDates.length; i++) {
      dates[i] = isoDates[i] == null ? null : d(isoDates[i]);
    }
    return new Phases(
        dates[0], dates[1], dates[2], dates[3], dates[4], dates[5], dates[6], dates[7]);
  }

  @Test
  void dispatch6926NominatesThreeDaysAfterSelfScoringStarted() {
    // Dated 04/12/2022: focal pairs by 07/12, self-scoring at once, the report by the year's end.
    Phases dispatch =
        phases(
            "2022-12-07",
            "2022-12-04",
            "2022-12-20",
            "2022-12-25",
            "2023-01-10",
            "2023-01-20",
            "2023-01-31",
            "2023-02-10");
    assertEquals(List.of(), dispatch.problems());
  }

  @Test
  void aNominationAfterTheCloseIsRefusedNamingBothDates() {
    List<Violation> problems = phases("2022-12-21", "2022-12-04", "2022-12-20").problems();
    assertEquals(1, problems.size());
    Violation v = problems.get(0);
    assertEquals("phases.nominationDue", v.field());
    assertEquals("campaign.phases.after", v.messageKey());
    assertEquals(
        List.of(
            new MessageKey("campaigns.nominationDue"),
            "21/12/2022",
            new MessageKey("campaigns.selfAssessmentCloses"),
            "20/12/2022"),
        v.arguments());
  }

  @Test
  void selfAssessmentClosesAfterItOpensAndTheLaterStepsFollowInOrder() {
    Violation close = phases(null, "2022-12-10", "2022-12-04").problems().get(0);
    assertEquals("phases.selfAssessmentCloses", close.field());
    assertEquals("campaign.phases.order", close.messageKey());
    assertEquals(
        List.of(
            new MessageKey("campaigns.selfAssessmentCloses"),
            "04/12/2022",
            new MessageKey("campaigns.selfAssessmentOpens"),
            "10/12/2022"),
        close.arguments());
    List<String> fields =
        phases(
                null,
                "2022-12-04",
                "2022-12-20",
                null,
                "2022-12-19",
                "2023-01-20",
                "2023-01-10",
                "2023-02-10")
            .problems()
            .stream()
            .map(Violation::field)
            .toList();
    // A missing review date is skipped: the appraisal is held to the close; finalisation to the
    // explanation.
    assertEquals(List.of("phases.appraisalDue", "phases.finalisationDue"), fields);
  }

  @Test
  void theNextDateIsTheEarliestFromTodayNotTheNextInTheChain() {
    Phases dispatch = phases("2022-12-07", "2022-12-04", "2022-12-20", null, "2023-01-10");
    assertEquals(
        Optional.of(new Phases.Milestone("selfAssessmentOpens", d("2022-12-04"))),
        dispatch.next(d("2022-12-01")));
    assertEquals(
        Optional.of(new Phases.Milestone("nominationDue", d("2022-12-07"))),
        dispatch.next(d("2022-12-05")));
    assertEquals(
        Optional.of(new Phases.Milestone("selfAssessmentCloses", d("2022-12-20"))),
        dispatch.next(d("2022-12-20")));
    assertEquals(
        Optional.of(new Phases.Milestone("appraisalDue", d("2023-01-10"))),
        dispatch.next(d("2022-12-21")));
    assertEquals(Optional.empty(), dispatch.next(d("2023-01-11")));
  }

  @Test
  void aDateIsFoundByItsNameWithItsDaysLeft() {
    Phases dispatch = phases("2022-12-07", "2022-12-04", "2022-12-20");
    Phases.Milestone closes = dispatch.milestone("selfAssessmentCloses").orElseThrow();
    assertEquals(d("2022-12-20"), closes.date());
    assertEquals(3, closes.daysFrom(d("2022-12-17")));
    assertEquals(-1, closes.daysFrom(d("2022-12-21")));
    assertEquals(Optional.empty(), dispatch.milestone("appraisalDue"), "a date not set");
  }
}
