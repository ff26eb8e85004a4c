package vn.parindex.web.campaign;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.NewCampaign;
import vn.parindex.campaign.Phases;
import vn.parindex.framework.Framework;
import vn.parindex.framework.FrameworkService;
import vn.parindex.framework.FrameworkStatus;
import vn.parindex.shared.BusinessException;
import vn.parindex.web.shell.FacesMessages;

/**
 * {@code app/campaigns/list.xhtml}: every campaign, newest first; coordinators create one over a
 * published framework with its dates.
 */
@Named
@ViewScoped
public class ListCampaigns implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CampaignService service;
  @Inject FrameworkService frameworks;
  @Inject FacesMessages messages;

  private List<Campaign> campaigns;
  private List<Framework> publishedFrameworks;
  private String name;
  private Integer year;
  private Long frameworkId;
  private CampaignKind kind = CampaignKind.PROVINCIAL;
  private LocalDate nominationDue;
  private LocalDate selfAssessmentOpens;
  private LocalDate selfAssessmentCloses;

  @PostConstruct
  void load() {
    campaigns = service.list();
    publishedFrameworks =
        frameworks.list().stream().filter(f -> f.getStatus() == FrameworkStatus.PUBLISHED).toList();
  }

  public String create() {
    try {
      Campaign campaign =
          service.create(
              new NewCampaign(
                  name,
                  year,
                  frameworkId,
                  kind == null ? null : kind.name(),
                  null,
                  new Phases(
                      nominationDue,
                      selfAssessmentOpens,
                      selfAssessmentCloses,
                      null,
                      null,
                      null,
                      null,
                      null)));
      messages.flashInfo("campaigns.created", campaign.getName());
      return "/app/campaigns/view?faces-redirect=true&id=" + campaign.getId();
    } catch (BusinessException e) {
      messages.show(e, "campaignForm:");
      return null;
    }
  }

  public List<Campaign> getCampaigns() {
    return campaigns;
  }

  public List<Framework> getPublishedFrameworks() {
    return publishedFrameworks;
  }

  public CampaignKind[] getKinds() {
    return CampaignKind.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Long getFrameworkId() {
    return frameworkId;
  }

  public void setFrameworkId(Long frameworkId) {
    this.frameworkId = frameworkId;
  }

  public CampaignKind getKind() {
    return kind;
  }

  public void setKind(CampaignKind kind) {
    this.kind = kind;
  }

  public LocalDate getNominationDue() {
    return nominationDue;
  }

  public void setNominationDue(LocalDate nominationDue) {
    this.nominationDue = nominationDue;
  }

  public LocalDate getSelfAssessmentOpens() {
    return selfAssessmentOpens;
  }

  public void setSelfAssessmentOpens(LocalDate selfAssessmentOpens) {
    this.selfAssessmentOpens = selfAssessmentOpens;
  }

  public LocalDate getSelfAssessmentCloses() {
    return selfAssessmentCloses;
  }

  public void setSelfAssessmentCloses(LocalDate selfAssessmentCloses) {
    this.selfAssessmentCloses = selfAssessmentCloses;
  }
}
