package vn.parindex.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitKind;
import vn.parindex.shared.ConflictException;

class SubmissionTest {
  private static final Instant T = Instant.parse("2022-12-20T02:00:00Z");
  private static final LocalDate CLOSES = LocalDate.of(2022, 12, 31);

  private static Submission fresh() {
    return new Submission(
        null, new OrganisationUnit("VPUBND", "Văn phòng", null, UnitKind.DEPARTMENT));
  }

  private static String illegal(Runnable step) {
    return assertThrows(ConflictException.class, step::run).messageKey();
  }

  @Test
  void theOfficerSubmitsTheLeaderApprovesAndEveryStepIsKept() {
    Submission s = fresh();
    s.submit("vpubnd.daumoi", T, "Đã chấm xong");
    s.approve("vpubnd.lanhdao", T.plusSeconds(60), null, true);
    assertEquals(SubmissionStatus.APPROVED, s.getStatus());
    assertEquals(
        List.of(
            "SUBMIT DRAFT→SUBMITTED vpubnd.daumoi", "APPROVE SUBMITTED→APPROVED vpubnd.lanhdao"),
        s.getEvents().stream()
            .map(e -> e.getAction() + " " + e.getFrom() + "→" + e.getTo() + " " + e.getActor())
            .toList());
  }

  @Test
  void withFourEyesWhoeverSentTheWorkCannotApproveIt() {
    Submission s = fresh();
    s.submit("vpubnd.lanhdao", T, null);
    ConflictException alone =
        assertThrows(ConflictException.class, () -> s.approve("vpubnd.lanhdao", T, null, true));
    assertEquals("assessment.fourEyes", alone.messageKey());
    assertEquals(SubmissionStatus.SUBMITTED, s.getStatus(), "nothing moved");
    s.approve("vpubnd.lanhdao", T, null, false);
    assertEquals(SubmissionStatus.APPROVED, s.getStatus(), "a campaign without it lets one person");
  }

  @Test
  void illegalStepsAreRefused() {
    Submission s = fresh();
    assertEquals("assessment.transition.illegal", illegal(() -> s.approve("l", T, null, false)));
    assertEquals("assessment.transition.illegal", illegal(() -> s.sendBack(null, "c", T, "x")));
    s.submit("o", T, null);
    assertEquals("assessment.transition.illegal", illegal(() -> s.submit("o", T, null)));
    assertEquals("assessment.transition.illegal", illegal(() -> s.reopen("c", T, "x")));
    s.approve("l", T, null, false);
    assertEquals("assessment.transition.illegal", illegal(() -> s.approve("l", T, null, false)));
    assertEquals(3 - 1, s.getEvents().size());
  }

  @Test
  void aReturnGoesBackToDraftAndIsCounted() {
    Submission s = fresh();
    s.submit("o", T, null);
    s.approve("l", T, null, false);
    s.sendBack("8.1", "snv.cchc", T, "Thiếu tài liệu kiểm chứng");
    assertEquals(SubmissionStatus.DRAFT, s.getStatus());
    assertEquals(1, s.getTimesReturned());
    SubmissionEvent last = s.getEvents().get(2);
    assertEquals("RETURN_LEAF", last.getAction());
    assertEquals("8.1", last.getNodeCode());
    assertEquals("Thiếu tài liệu kiểm chứng", last.getComment());
  }

  @Test
  void editingClosesAfterTheClosingDateUnlessReopened() {
    LocalDate before = CLOSES;
    LocalDate after = CLOSES.plusDays(1);
    CampaignStatus open = CampaignStatus.OPEN;
    assertTrue(Submission.editable(open, SubmissionStatus.DRAFT, false, CLOSES, before));
    assertFalse(Submission.editable(open, SubmissionStatus.DRAFT, false, CLOSES, after));
    assertTrue(Submission.editable(open, SubmissionStatus.DRAFT, true, CLOSES, after));
    assertFalse(Submission.editable(open, SubmissionStatus.SUBMITTED, true, CLOSES, before));
    assertFalse(
        Submission.editable(CampaignStatus.DRAFT, SubmissionStatus.DRAFT, false, CLOSES, before));
  }

  @Test
  void aReopenedUnitLosesTheExceptionWhenItSubmitsAgain() {
    Submission s = fresh();
    s.reopen("snv.cchc", T, "Gia hạn đến 05/01");
    assertTrue(s.isReopened());
    s.submit("o", T, null);
    assertFalse(s.isReopened());
  }
}
