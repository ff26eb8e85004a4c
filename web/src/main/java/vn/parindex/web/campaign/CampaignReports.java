package vn.parindex.web.campaign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignService;

/**
 * {@code app/campaigns/reports.xhtml?id=…}: the documents of a campaign, each in PDF, DOCX and
 * XLSX: progress of the units, the ranking, a unit's scorecard.
 */
@Named
@ViewScoped
public class CampaignReports implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CampaignService campaigns;

  private Long id;
  private String unit;
  private transient Campaign campaign;

  public void load() {
    campaign = campaigns.get(id);
    if (unit == null && !campaign.getSubjects().isEmpty()) {
      unit = campaign.getSubjects().get(0).getCode();
    }
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }
}
