package vn.parindex.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.shared.MessageKey;

/** What a notice says, with the arguments its bundle text reads. */
class NoticeTest {
  private static final Campaign CAMPAIGN =
      new Campaign(
          "Chỉ số các sở 2023", 2023, null, CampaignKind.INTERNAL, null, List.of(), Instant.EPOCH);

  @Test
  void aReturnedLeafSaysWhichLeafAndWhy() {
    Notice n =
        new Notice(
            "canbo.stp",
            new Notice.About(NoticeKind.LEAF_RETURNED, CAMPAIGN, "STP", "1.1", "Bổ sung", null),
            Instant.EPOCH);
    assertEquals(
        new MessageKey("notice.LEAF_RETURNED", "1.1", "Bổ sung", "Chỉ số các sở 2023", "—"),
        n.message());
  }

  @Test
  void aDateDrawingNearNamesTheDateInTheReadersLanguage() {
    Notice n =
        new Notice(
            "canbo.stp",
            new Notice.About(
                NoticeKind.PHASE_SOON,
                CAMPAIGN,
                null,
                null,
                "selfAssessmentCloses",
                LocalDate.parse("2023-12-20")),
            Instant.EPOCH);
    assertEquals(
        new MessageKey(
            "notice.PHASE_SOON",
            "—",
            new MessageKey("campaigns.selfAssessmentCloses"),
            "Chỉ số các sở 2023",
            "20/12/2023"),
        n.message());
  }

  @Test
  void aLongCommentIsCutToTheColumn() {
    Notice n =
        new Notice(
            "canbo.stp",
            new Notice.About(
                NoticeKind.SUBMISSION_RETURNED, CAMPAIGN, "STP", null, "x".repeat(10_000), null),
            Instant.EPOCH);
    assertEquals(1000, ((String) n.message().arguments().get(1)).length());
  }
}
