package vn.parindex.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.ConflictException;

/** The stages of a campaign after self-assessment: every legal step, and the illegal ones. */
class CampaignTest {
  private static Campaign open() {
    return open(CampaignKind.INTERNAL);
  }

  private static Campaign open(CampaignKind kind) {
    Campaign c = new Campaign("Chỉ số 2023", 2023, null, kind, null, List.of(), Instant.EPOCH);
    c.open();
    return c;
  }

  private static void refused(Runnable step) {
    assertEquals(
        "campaign.transition", assertThrows(ConflictException.class, step::run).messageKey());
  }

  @Test
  void twoRoundsWithAnExplanationWindowThenFinalisedAndPublished() {
    Campaign c = open();
    c.startAppraisalRound();
    assertEquals(CampaignStatus.APPRAISAL, c.getStatus());
    assertEquals(1, c.getAppraisalRound());
    c.openExplanationWindow();
    assertEquals(CampaignStatus.EXPLANATION, c.getStatus());
    c.startAppraisalRound();
    assertEquals(2, c.getAppraisalRound());
    c.finalise();
    c.publish();
    c.publish();
    assertEquals(CampaignStatus.PUBLISHED, c.getStatus(), "a correction publishes again");
  }

  @Test
  void stepsOutOfOrderAreRefused() {
    Campaign c = open();
    refused(c::openExplanationWindow);
    refused(c::finalise);
    refused(c::publish);
    c.startAppraisalRound();
    refused(c::startAppraisalRound);
    c.openExplanationWindow();
    c.startAppraisalRound();
    refused(c::openExplanationWindow);
    refused(c::publish);
    c.finalise();
    refused(c::startAppraisalRound);
    refused(c::finalise);
  }

  @Test
  void theProvinceIsAppraisedByTheMinistryExplainsSendsAndCloses() {
    Campaign c = open(CampaignKind.PROVINCIAL);
    refused(c::close);
    c.startAppraisalRound();
    refused(c::sendToMinistry);
    c.openExplanationWindow();
    refused(c::startAppraisalRound);
    refused(c::close);
    c.sendToMinistry();
    assertEquals(CampaignStatus.APPRAISAL, c.getStatus());
    assertEquals(2, c.getAppraisalRound(), "the Ministry's final points are round 2");
    refused(c::finalise);
    refused(c::sendToMinistry);
    c.close();
    assertEquals(CampaignStatus.CLOSED, c.getStatus());
    refused(c::publish);
    refused(c::close);
  }

  @Test
  void anInternalCampaignNeitherSendsToTheMinistryNorCloses() {
    Campaign c = open();
    c.startAppraisalRound();
    c.openExplanationWindow();
    refused(c::sendToMinistry);
    c.startAppraisalRound();
    refused(c::close);
  }

  @Test
  void publishedResultsReopenForTheirCorrectionAndPublishAgain() {
    Campaign c = open();
    refused(() -> c.reopenForCorrection(List.of("STP")));
    c.startAppraisalRound();
    c.finalise();
    c.publish();
    c.reopenForCorrection(List.of("STP"));
    assertEquals(CampaignStatus.APPRAISAL, c.getStatus());
    assertEquals(1, c.getAppraisalRound(), "the last round is scored again");
    assertEquals(java.util.Set.of("STP"), c.getCorrecting());
    refused(() -> c.reopenForCorrection(List.of("VPUBND")));
    refused(c::openExplanationWindow);
    refused(c::publish);
    c.finalise();
    c.publish();
    assertEquals(java.util.Set.of(), c.getCorrecting(), "the corrected version is out");
    Campaign province = open(CampaignKind.PROVINCIAL);
    refused(() -> province.reopenForCorrection(List.of("UBND")));
  }
}
