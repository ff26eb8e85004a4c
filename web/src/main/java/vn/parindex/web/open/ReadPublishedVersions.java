package vn.parindex.web.open;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.parindex.appraisal.OpenResults;

/**
 * {@code app/campaigns/versions.xhtml?id=…&version=…}: every published version of a campaign's
 * results for a signed-in reader, with what each changed, whether or not the campaign is open to
 * the public — the public page's view, under the reader's own rights.
 */
@Named
@RequestScoped
public class ReadPublishedVersions extends ReadOpenResults {
  @Override
  protected OpenResults.OpenVersion read(long campaignId, Integer number) {
    return open.published(campaignId, number);
  }

  @Override
  public String getOutcome() {
    return "/app/campaigns/versions";
  }
}
