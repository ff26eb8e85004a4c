package vn.parindex.web.appraisal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.appraisal.MinistryComparison;
import vn.parindex.appraisal.MinistryCut;
import vn.parindex.appraisal.MinistryCuts;
import vn.parindex.appraisal.MinistryCycle;
import vn.parindex.appraisal.SurveyService;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.FindingView;
import vn.parindex.web.shell.Uploads;

/**
 * {@code app/campaigns/ministry.xhtml?id=…}: giải trình với Bộ Nội vụ. Sở Nội vụ sends the
 * province's self-assessment, loads the Ministry's points, opens the explanation, reviews and sends
 * it, records the final points and closes the year; a lead unit explains the cuts of its leaves.
 */
@Named
@ViewScoped
public class AnswerMinistry implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MinistryCycle cycle;
  @Inject MinistryCuts cuts;
  @Inject MinistryComparison ministry;
  @Inject SendExplanation explanations;
  @Inject CampaignService campaigns;
  @Inject FacesMessages messages;

  private Long id;
  private transient Campaign campaign;
  private CampaignAccess.Caller caller;
  private transient List<MinistryCut> rows = List.of();
  private String nodeCode;
  private String explanation;
  private transient UploadedFile explanationFile;
  private String note;
  private Long explanationVersion;
  private BigDecimal finalPoints;
  private transient UploadedFile table;
  private List<FindingView> tableProblems = List.of();

  public void load() {
    caller = campaigns.caller();
    campaign = campaigns.get(id);
    rows = cuts.visible(id);
  }

  /** Picks a leaf for the editor below the table: explanation, review or final points. */
  public void select(String node) {
    nodeCode = node;
    MinistryCut cut = row(node);
    explanation = cut.explanation() == null ? null : cut.explanation().getText();
    explanationVersion = cut.explanation() == null ? null : cut.explanation().getVersion();
    note = null;
    finalPoints = cut.finalPoints() != null ? cut.finalPoints() : cut.appraised();
  }

  public void saveExplanation() {
    String province = campaign.getSubjects().get(0).getCode();
    explanations.send(id, province, nodeCode, explanation, explanationFile);
    done("ministry.explained", nodeCode);
  }

  public void accept() {
    cycle.review(id, nodeCode, true, note, explanationVersion);
    done("ministry.accepted", nodeCode);
  }

  public void returnExplanation() {
    cycle.review(id, nodeCode, false, note, explanationVersion);
    done("ministry.returned", nodeCode);
  }

  public void recordFinal() {
    cycle.recordFinal(id, nodeCode, finalPoints);
    done("ministry.finalRecorded", nodeCode);
  }

  public void sendForAppraisal() {
    cycle.sendForAppraisal(id);
    done("ministry.sentForAppraisal", campaign.getName());
  }

  public void openExplanation() {
    cycle.openExplanation(id);
    done("ministry.explanationOpened", campaign.getName());
  }

  public void sendExplanation() {
    cycle.sendExplanation(id);
    done("ministry.explanationSent", campaign.getName());
  }

  public void close() {
    cycle.close(id);
    done("ministry.closed", campaign.getName());
  }

  /** The Ministry's appraised points, or its final ones once the explanation is sent. */
  public void loadTable() {
    boolean finals = isFinalRound();
    Function<byte[], SurveyService.Imported> load =
        finals ? t -> cycle.importFinal(id, t) : t -> ministry.importMinistry(id, t);
    tableProblems = List.of();
    try {
      SurveyService.Imported imported = load.apply(Uploads.bytes(table, "table"));
      done(
          finals ? "ministry.finalLoaded" : "consolidation.ministry.loaded",
          imported.added() + imported.updated());
    } catch (InvalidInputException e) {
      // A table's wrong rows are the answer to show, row by row, not a failure of the page.
      tableProblems = messages.findings(e);
    }
  }

  private void done(String key, Object argument) {
    messages.info(key, argument);
    nodeCode = null;
    load();
  }

  private MinistryCut row(String node) {
    return getRows().stream().filter(r -> r.nodeCode().equals(node)).findFirst().orElseThrow();
  }

  /**
   * The lead unit writes while the explanation is open; Sở Nội vụ reviews what it wrote (and may
   * still write for it through the API, as support).
   */
  public boolean explainable(MinistryCut cut) {
    return is(CampaignStatus.EXPLANATION)
        && cut.cut() != null
        && cut.cut().signum() > 0
        && caller.worksForUnit()
        && caller.unitCode().equals(cut.leadUnitCode());
  }

  public boolean reviewable(MinistryCut cut) {
    return caller.manages() && is(CampaignStatus.EXPLANATION) && cut.explanation() != null;
  }

  public boolean isFinalRound() {
    return is(CampaignStatus.APPRAISAL) && campaign.getAppraisalRound() == 2;
  }

  /** The Ministry's appraised points may be loaded until the explanation opens. */
  public boolean isAppraisalLoadable() {
    return is(CampaignStatus.OPEN)
        || (is(CampaignStatus.APPRAISAL) && campaign.getAppraisalRound() == 1);
  }

  public boolean is(CampaignStatus status) {
    return campaign != null && campaign.getStatus() == status;
  }

  public MinistryCut getSelected() {
    return nodeCode == null ? null : row(nodeCode);
  }

  public boolean isManager() {
    return caller != null && caller.manages();
  }

  public Campaign getCampaign() {
    return campaign;
  }

  /** The rows, read again if the view was restored without them (they hold entities). */
  public List<MinistryCut> getRows() {
    if (campaign == null) {
      load();
    }
    return rows;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getNodeCode() {
    return nodeCode;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public UploadedFile getExplanationFile() {
    return explanationFile;
  }

  public void setExplanationFile(UploadedFile explanationFile) {
    this.explanationFile = explanationFile;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public BigDecimal getFinalPoints() {
    return finalPoints;
  }

  public void setFinalPoints(BigDecimal finalPoints) {
    this.finalPoints = finalPoints;
  }

  public UploadedFile getTable() {
    return table;
  }

  public void setTable(UploadedFile table) {
    this.table = table;
  }

  public List<FindingView> getTableProblems() {
    return tableProblems;
  }
}
