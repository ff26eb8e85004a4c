package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.parindex.it.support.PublishedCampaign;

/**
 * {@code app/campaigns/reports.xhtml}: the official documents of a published campaign, previewed in
 * place and downloaded as PDF, read back for their text.
 */
class ReportsPageIT extends BrowserTest {
  @Test
  void thePublishedRankingProgressAndScorecardAreDocuments() {
    PublishedCampaign campaign = PublishedCampaign.make(app);
    logIn(campaign.viewer(), PublishedCampaign.PASSWORD);
    changePassword(PublishedCampaign.PASSWORD, "BaoCao2024!");
    open("/app/campaigns/reports.xhtml?id=" + campaign.id());
    assertEquals(campaign.name(), text("reportsTitle"));

    String preview = preview("ranking");
    assertTrue(preview.contains("KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"), preview);
    String ranking = downloadReport("ranking");
    assertTrue(ranking.contains("Sở, ban, ngành 2 STP"), ranking);
    assertTrue(ranking.contains("Phụ lục II"), "an appendix per unit: " + ranking);
    String progress = downloadReport("progress");
    assertTrue(progress.contains("BÁO CÁO TIẾN ĐỘ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM"), progress);
    String scorecard = downloadReport("scorecardForm\\:scorecardLinks");
    assertTrue(scorecard.contains("BẢNG ĐIỂM TỰ ĐÁNH GIÁ, THẨM ĐỊNH"), scorecard);
    screenshots("reports");
  }
}
