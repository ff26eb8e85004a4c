package vn.parindex.web.appraisal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.account.Role;
import vn.parindex.appraisal.Appraisal;
import vn.parindex.appraisal.AppraisalInput;
import vn.parindex.appraisal.AppraisalRounds;
import vn.parindex.appraisal.AppraisalRow;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.appraisal.AppraisalSheet;
import vn.parindex.appraisal.CampaignResults;
import vn.parindex.appraisal.SurveyService;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.evidence.EvidenceLink;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.Messages;
import vn.parindex.web.shell.PagedRows;

/**
 * {@code app/campaigns/appraisal.xhtml?id=…}: thẩm định. Appraisers score the leaves of their
 * fields for every unit, with a comment, a request to explain, or "not applicable"; units answer in
 * the explanation window; Sở Nội vụ moves the rounds, finalises and publishes.
 */
@Named
@ViewScoped
public class AppraiseCampaign implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AppraisalService service;
  @Inject AppraisalSheet sheet;
  @Inject CampaignResults results;
  @Inject AppraisalRounds rounds;
  @Inject CampaignService campaigns;
  @Inject EvidenceService evidence;
  @Inject SendExplanation explanations;
  @Inject SurveyService surveys;
  @Inject Messages bundle;
  @Inject FacesMessages messages;

  private Long id;
  private Campaign campaign;
  private PagedRows<AppraisalRow> rows;
  private CampaignAccess.Caller caller;
  private String subjectCode;
  private String nodeCode;
  private BigDecimal score;
  private String comment;
  private boolean needsExplanation;
  private boolean notApplicable;
  private Long version;
  private String explanation;
  private transient UploadedFile explanationFile;
  private String publicationReason;
  private List<String> pendingUnsubmitted = List.of();
  private Set<String> submittedSubjects = Set.of();
  private boolean awaitingSubmissions;
  private List<EvidenceLink> documents = List.of();

  public void load() {
    caller = campaigns.caller();
    campaign = campaigns.get(id);
    long campaignId = id;
    AppraisalSheet pages = sheet;
    rows =
        new PagedRows<>(
            "subject.code",
            (request, subject) -> pages.page(campaignId, request, subject),
            r -> r.getSubject().getCode() + "/" + r.getNode().getCode());
    submittedSubjects = rounds.submittedSubjects(id);
    awaitingSubmissions = caller.manages() && !rounds.unsubmitted(id).isEmpty();
  }

  public void startAppraisal(String subject, String node) {
    subjectCode = subject;
    nodeCode = node;
    Appraisal current = row(subject, node).round(campaign.getAppraisalRound());
    score = current == null ? row(subject, node).getSelfScore() : current.getScore();
    comment = current == null ? null : current.getRemark();
    needsExplanation = current != null && current.isNeedsExplanation();
    notApplicable = current != null && current.isNotApplicable();
    version = current == null ? null : current.getVersion();
    documents = evidence.linksOf(id, subject, node).stream().filter(l -> !l.isRemoved()).toList();
  }

  public void saveAppraisal() {
    service.appraise(
        id,
        subjectCode,
        nodeCode,
        new AppraisalInput(
            campaign.getAppraisalRound(),
            score,
            comment,
            needsExplanation,
            notApplicable,
            version));
    messages.info("appraisal.saved", subjectCode, nodeCode);
    load();
  }

  public void startExplanation(String subject, String node) {
    subjectCode = subject;
    nodeCode = node;
    AppraisalRow row = row(subject, node);
    explanation = row.getExplanation() == null ? null : row.getExplanation().getText();
  }

  public void saveExplanation() {
    explanations.send(id, subjectCode, nodeCode, explanation, explanationFile);
    messages.info("appraisal.explained", nodeCode);
    load();
  }

  /**
   * Starts the next round, or, when subjects have not sent their work, lists them and waits for the
   * coordinator to confirm starting without them.
   */
  public void startRound() {
    pendingUnsubmitted = rounds.unsubmitted(id).stream().map(OrganisationUnit::getCode).toList();
    if (pendingUnsubmitted.isEmpty()) {
      step(() -> rounds.startRound(id, List.of()), "appraisal.roundStarted");
    }
  }

  public void startRoundWithoutUnsubmitted() {
    List<String> confirmed = pendingUnsubmitted;
    pendingUnsubmitted = List.of();
    step(() -> rounds.startRound(id, confirmed), "appraisal.roundStarted");
  }

  public void cancelStartRound() {
    pendingUnsubmitted = List.of();
  }

  /**
   * Whether starting round 1 would first list subjects that have not submitted: that list is the
   * question then, so the general confirmation is not asked before it.
   */
  public boolean isAwaitingSubmissions() {
    return awaitingSubmissions;
  }

  public List<String> getPendingUnsubmitted() {
    return pendingUnsubmitted;
  }

  public void openExplanationWindow() {
    step(() -> rounds.openExplanationWindow(id), "appraisal.windowOpened");
  }

  public void finalise() {
    step(() -> results.finalise(id), "appraisal.finalised");
  }

  public void publish() {
    step(
        () -> {
          results.publish(id, publicationReason);
          publicationReason = null;
          return campaign;
        },
        "appraisal.published");
  }

  private void step(Supplier<Campaign> action, String doneKey) {
    action.get();
    messages.info(doneKey, campaign.getName());
    load();
  }

  /** The row of one leaf, read again: the table holds only the page it shows. */
  private AppraisalRow row(String subject, String node) {
    return sheet.rows(id, subject).stream()
        .filter(r -> r.getSubject().getCode().equals(subject) && r.getNode().getCode().equals(node))
        .findFirst()
        .orElseThrow();
  }

  /** Whether the caller may appraise this row now. */
  public boolean appraisable(AppraisalRow row) {
    String subject = row.getSubject().getCode();
    return campaign.getStatus() == CampaignStatus.APPRAISAL
        && submittedSubjects.contains(subject)
        && (campaign.getCorrecting().isEmpty() || campaign.getCorrecting().contains(subject))
        && CampaignAccess.mayAppraise(caller, row.getLeadUnitCode());
  }

  /** Whether the caller's unit may answer this row now. */
  public boolean explainable(AppraisalRow row) {
    return campaign.getStatus() == CampaignStatus.EXPLANATION
        && row.isExplanationAsked()
        && caller.worksForUnit()
        && row.getSubject().getCode().equals(caller.unitCode());
  }

  /** Which units a correction under way reopened, in code order. */
  public String getCorrectionNote() {
    return messages.text(
        "correction.underway", String.join(", ", new TreeSet<>(campaign.getCorrecting())));
  }

  public boolean isCoordinator() {
    return caller.manages();
  }

  public boolean isAppraiser() {
    return caller.roles().contains(Role.APPRAISER);
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public PagedRows<AppraisalRow> getRows() {
    return rows;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getSubjectCode() {
    return subjectCode;
  }

  public String getNodeCode() {
    return nodeCode;
  }

  public BigDecimal getScore() {
    return score;
  }

  public void setScore(BigDecimal score) {
    this.score = score;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public boolean isNeedsExplanation() {
    return needsExplanation;
  }

  public void setNeedsExplanation(boolean needsExplanation) {
    this.needsExplanation = needsExplanation;
  }

  public boolean isNotApplicable() {
    return notApplicable;
  }

  public void setNotApplicable(boolean notApplicable) {
    this.notApplicable = notApplicable;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public List<EvidenceLink> getDocuments() {
    return documents;
  }

  public UploadedFile getExplanationFile() {
    return explanationFile;
  }

  public void setExplanationFile(UploadedFile explanationFile) {
    this.explanationFile = explanationFile;
  }

  public String getPublicationReason() {
    return publicationReason;
  }

  public void setPublicationReason(String publicationReason) {
    this.publicationReason = publicationReason;
  }
}
