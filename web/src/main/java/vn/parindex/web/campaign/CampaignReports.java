package vn.parindex.web.campaign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.ReportDraft;
import vn.parindex.campaign.ReportDrafts;
import vn.parindex.web.shell.FacesMessages;

/**
 * {@code app/campaigns/reports.xhtml?id=…}: the documents of a campaign, each in PDF, DOCX and
 * XLSX: progress of the units, the ranking, a unit's scorecard.
 */
@Named
@ViewScoped
public class CampaignReports implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CampaignService campaigns;
  @Inject ReportDrafts drafts;
  @Inject FacesMessages messages;

  private Long id;
  private String unit;
  private Campaign campaign;
  private ReportDraft draft;

  public void load() {
    campaign = campaigns.get(id);
    draft = drafts.reportDraft(id);
    if (unit == null && !campaign.getSubjects().isEmpty()) {
      unit = campaign.getSubjects().get(0).getCode();
    }
  }

  /** Keeps what the report needs before it is generated. */
  public void saveDraft() {
    draft = drafts.saveReportDraft(id, draft);
    messages.info("reports.draftSaved");
  }

  public ReportDraft getDraft() {
    return draft;
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
