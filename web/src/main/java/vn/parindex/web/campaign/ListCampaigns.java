package vn.parindex.web.campaign;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.NewCampaign;
import vn.parindex.campaign.Phases;
import vn.parindex.framework.Framework;
import vn.parindex.framework.FrameworkService;
import vn.parindex.framework.FrameworkStatus;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.organisation.UnitKind;
import vn.parindex.web.shell.FacesMessages;

/**
 * {@code app/campaigns/list.xhtml}: every campaign, newest first; coordinators create one over a
 * published framework with its dates and, for an INTERNAL campaign, the units it scores (none
 * chosen: every active unit of the framework's target group).
 */
@Named
@ViewScoped
public class ListCampaigns implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CampaignService service;
  @Inject FrameworkService frameworks;
  @Inject UnitDirectory units;
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
  private LocalDate reviewDue;
  private LocalDate appraisalDue;
  private LocalDate explanationDue;
  private LocalDate finalisationDue;
  private LocalDate publicationDue;
  private boolean fourEyes = true;
  private List<String> subjectCodes = new ArrayList<>();
  private List<OrganisationUnit> subjectCandidates;

  @PostConstruct
  void load() {
    campaigns = service.list();
    publishedFrameworks =
        frameworks.list().stream().filter(f -> f.getStatus() == FrameworkStatus.PUBLISHED).toList();
    subjectCandidates =
        units.list().stream()
            .filter(u -> u.isActive() && u.getKind() != UnitKind.PROVINCE)
            .toList();
  }

  public String create() {
    Campaign campaign =
        service.create(
            new NewCampaign(
                name,
                year,
                frameworkId,
                kind == null ? null : kind.name(),
                kind == CampaignKind.INTERNAL ? subjectCodes : null,
                new Phases(
                    nominationDue,
                    selfAssessmentOpens,
                    selfAssessmentCloses,
                    reviewDue,
                    appraisalDue,
                    explanationDue,
                    finalisationDue,
                    publicationDue),
                fourEyes));
    messages.flashInfo("campaigns.created", campaign.getName());
    return "/app/campaigns/view?faces-redirect=true&id=" + campaign.getId();
  }

  public boolean isFourEyes() {
    return fourEyes;
  }

  public void setFourEyes(boolean fourEyes) {
    this.fourEyes = fourEyes;
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

  public LocalDate getReviewDue() {
    return reviewDue;
  }

  public void setReviewDue(LocalDate reviewDue) {
    this.reviewDue = reviewDue;
  }

  public LocalDate getAppraisalDue() {
    return appraisalDue;
  }

  public void setAppraisalDue(LocalDate appraisalDue) {
    this.appraisalDue = appraisalDue;
  }

  public LocalDate getExplanationDue() {
    return explanationDue;
  }

  public void setExplanationDue(LocalDate explanationDue) {
    this.explanationDue = explanationDue;
  }

  public LocalDate getFinalisationDue() {
    return finalisationDue;
  }

  public void setFinalisationDue(LocalDate finalisationDue) {
    this.finalisationDue = finalisationDue;
  }

  public LocalDate getPublicationDue() {
    return publicationDue;
  }

  public void setPublicationDue(LocalDate publicationDue) {
    this.publicationDue = publicationDue;
  }

  public List<String> getSubjectCodes() {
    return subjectCodes;
  }

  public void setSubjectCodes(List<String> subjectCodes) {
    this.subjectCodes = subjectCodes;
  }

  public List<OrganisationUnit> getSubjectCandidates() {
    return subjectCandidates;
  }
}
