package vn.parindex.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.campaign.Phases;

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
        EnumSet.allOf(ReminderReason.class),
        reasons(unit(false, SubmissionStatus.DRAFT, 2), CLOSES));
    for (CampaignStatus status : EnumSet.complementOf(EnumSet.of(CampaignStatus.OPEN))) {
      assertEquals(
          Set.of(),
          ReminderRules.reasons(unit(false, SubmissionStatus.DRAFT, 2), PHASES, status, CLOSES),
          status.name());
    }
  }

  @Test
  void theLetterSaysWhatIsLateWithTheDatesInVietnamese() {
    ReminderLetter letter =
        ReminderLetter.of(
            "Chỉ số CCHC năm 2022",
            unit(false, SubmissionStatus.DRAFT, 2),
            EnumSet.allOf(ReminderReason.class),
            PHASES,
            LocalDate.of(2022, 12, 8));
    assertEquals("[Chỉ số CCHC] Nhắc việc: Chỉ số CCHC năm 2022", letter.subject());
    String body = letter.body();
    assertTrue(body.startsWith("Kính gửi: Sở Tư pháp,"), body);
    assertTrue(
        body.contains(
            "- Cử cặp đầu mối (01 lãnh đạo phụ trách và 01 công chức đầu mối): hạn 07/12/2022,"
                + " đã quá hạn."),
        body);
    assertTrue(
        body.contains(
            "- Tự đánh giá, chấm điểm và gửi kết quả: hạn 20/12/2022; đã chấm 5/12 tiêu chí, 3"
                + " tiêu chí có tài liệu kiểm chứng."),
        body);
    assertTrue(body.contains("2 đề nghị đã quá hạn."), body);
  }
}
