package vn.parindex.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.campaign.Phases;
import vn.parindex.shared.Letter;
import vn.parindex.shared.MessageKey;

/** Who is reminded of what, and the letter they get. */
class RemindersTest {
  private static final LocalDate NOMINATION = LocalDate.of(2022, 12, 7);
  private static final LocalDate CLOSES = LocalDate.of(2022, 12, 20);
  private static final Phases PHASES =
      new Phases(NOMINATION, LocalDate.of(2022, 12, 5), CLOSES, null, null, null, null, null);

  private static ProgressRow unit(boolean nominated, SubmissionStatus status, int overdue) {
    return new ProgressRow(
        "STP", "Sở Tư pháp", nominated, 12, 5, 3, status, null, null, 0, overdue, 0);
  }

  private static Set<ReminderReason> reasons(ProgressRow unit, LocalDate today) {
    return ReminderRules.reasons(unit, PHASES, CampaignStatus.OPEN, today);
  }

  @Test
  void theFocalPairFromThreeDaysBeforeItIsDue() {
    ProgressRow missing = unit(false, SubmissionStatus.SUBMITTED, 0);
    assertEquals(Set.of(), reasons(missing, NOMINATION.minusDays(4)));
    assertEquals(Set.of(ReminderReason.NOMINATION), reasons(missing, NOMINATION.minusDays(3)));
    assertEquals(Set.of(ReminderReason.NOMINATION), reasons(missing, NOMINATION.plusDays(10)));
    assertEquals(Set.of(), reasons(unit(true, SubmissionStatus.SUBMITTED, 0), NOMINATION));
  }

  @Test
  void theSelfAssessmentUntilItIsSent() {
    assertEquals(Set.of(), reasons(unit(true, SubmissionStatus.DRAFT, 0), CLOSES.minusDays(4)));
    assertEquals(
        Set.of(ReminderReason.SUBMISSION),
        reasons(unit(true, SubmissionStatus.DRAFT, 0), CLOSES.minusDays(3)));
    assertEquals(
        Set.of(ReminderReason.SUBMISSION),
        reasons(unit(true, SubmissionStatus.DRAFT, 0), CLOSES.plusDays(1)),
        "late is still reminded");
    assertEquals(Set.of(), reasons(unit(true, SubmissionStatus.SUBMITTED, 0), CLOSES));
    assertEquals(Set.of(), reasons(unit(true, SubmissionStatus.APPROVED, 0), CLOSES));
  }

  @Test
  void overdueEvidenceAtAnyTimeAndNothingOutsideAnOpenCampaign() {
    assertEquals(
        EnumSet.complementOf(EnumSet.of(ReminderReason.SURVEY)),
        reasons(unit(false, SubmissionStatus.DRAFT, 2), CLOSES),
        "the survey has reminders of its own");
    for (CampaignStatus status : EnumSet.complementOf(EnumSet.of(CampaignStatus.OPEN))) {
      assertEquals(
          Set.of(),
          ReminderRules.reasons(unit(false, SubmissionStatus.DRAFT, 2), PHASES, status, CLOSES),
          status.name());
    }
  }

  @Test
  void theLetterNamesWhatIsLateWithItsDatesAndFigures() {
    Letter letter =
        ReminderLetter.of(
            "Chỉ số CCHC năm 2022",
            "Sở Tư pháp",
            unit(false, SubmissionStatus.DRAFT, 2),
            EnumSet.allOf(ReminderReason.class),
            PHASES,
            LocalDate.of(2022, 12, 8));
    assertEquals(new MessageKey("reminder.subject", "Chỉ số CCHC năm 2022"), letter.subject());
    assertEquals(
        List.of(
            new MessageKey("reminder.greeting", "Sở Tư pháp"),
            new MessageKey("reminder.intro", "Chỉ số CCHC năm 2022"),
            new MessageKey(
                "reminder.nomination", new MessageKey("reminder.due.passed", "07/12/2022")),
            new MessageKey(
                "reminder.submission", new MessageKey("reminder.due", "20/12/2022"), 5, 12, 3),
            new MessageKey("reminder.requests", 2),
            new MessageKey("reminder.closing")),
        letter.paragraphs());
  }

  @Test
  void aLetterSentTodayGreetsTheUnitByItsNameToday() {
    ProgressRow renamed =
        new ProgressRow(
            "SKHDT",
            "Sở Kế hoạch và Đầu tư (nay: Sở Tài chính)",
            true,
            12,
            5,
            3,
            SubmissionStatus.DRAFT,
            null,
            null,
            0,
            0,
            0);
    Letter letter =
        ReminderLetter.of(
            "Chỉ số CCHC năm 2024",
            "Sở Tài chính",
            renamed,
            EnumSet.of(ReminderReason.SUBMISSION),
            PHASES,
            LocalDate.of(2022, 12, 8));
    assertEquals(new MessageKey("reminder.greeting", "Sở Tài chính"), letter.paragraphs().get(0));
  }
}
