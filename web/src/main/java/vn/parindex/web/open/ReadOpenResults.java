package vn.parindex.web.open;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.parindex.appraisal.OpenResults;
import vn.parindex.appraisal.Publication;
import vn.parindex.appraisal.VersionChange;
import vn.parindex.shared.NotFoundException;
import vn.parindex.web.appraisal.ResultsView;

/**
 * {@code open/results.xhtml?id=…&version=…}: a campaign's published results for anyone, without
 * signing in — the version read, the others to choose from, what it changed against the one before,
 * and the open data to download. Only campaigns Sở Nội vụ opened; any other is not found.
 */
@Named
@RequestScoped
public class ReadOpenResults {
  @Inject protected OpenResults open;

  private Long id;
  private Integer version;
  private OpenResults.OpenVersion shown;

  public void load() {
    if (id == null) {
      throw new NotFoundException("open.notFound", "");
    }
    shown = read(id, version);
  }

  /** The version this page shows: the public's, of a campaign opened to everyone. */
  protected OpenResults.OpenVersion read(long campaignId, Integer number) {
    return open.read(campaignId, number);
  }

  /** Where a version's link leads: this page again, with its number. */
  public String getOutcome() {
    return "/open/results";
  }

  /**
   * Whether a version was read: an id or version that is not a number never reaches {@link #load}
   * (the conversion fails first), and the page then says there is nothing to show.
   */
  public boolean isLoaded() {
    return shown != null;
  }

  public List<ResultsView.Group> getGroups() {
    return ResultsView.Group.of(shown.results());
  }

  public String name(String code) {
    return shown.names().getOrDefault(code, code);
  }

  public String getCampaignName() {
    return shown.campaign().getName();
  }

  public int getYear() {
    return shown.campaign().getYear();
  }

  public Publication getPublication() {
    return shown.publication();
  }

  public List<Publication> getVersions() {
    return shown.versions();
  }

  public List<VersionChange> getChanges() {
    return shown.changes();
  }

  public boolean isFirst() {
    return shown.publication().getNumber() == 1;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
