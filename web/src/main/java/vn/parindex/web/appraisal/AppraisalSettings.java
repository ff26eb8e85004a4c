package vn.parindex.web.appraisal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.appraisal.CampaignResults;
import vn.parindex.appraisal.SurveyService;
import vn.parindex.campaign.Campaign;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.ranking.Bands;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Text;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.FindingView;
import vn.parindex.web.shell.Uploads;
import vn.parindex.web.shell.UserPreferences;

/**
 * The appraisal page's result settings, for Sở Nội vụ: caps on bonus and penalty points and the
 * classification bands, each unit's bonus and penalty, and the sociological survey's table.
 */
@Named
@ViewScoped
public class AppraisalSettings implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int SUGGESTED = 20;

  @Inject AppraiseCampaign page;
  @Inject CampaignResults results;
  @Inject SurveyService surveys;
  @Inject FacesMessages messages;
  @Inject UserPreferences preferences;

  private String adjustedUnit;
  private BigDecimal bonus;
  private BigDecimal penalty;
  private String adjustmentReason;
  private transient UploadedFile surveyFile;
  private List<FindingView> surveyProblems = List.of();
  private BigDecimal bonusCap;
  private BigDecimal penaltyCap;
  private String bandsText;

  /** The campaign's settings as they are stored when the page first shows them. */
  @PostConstruct
  void init() {
    Campaign campaign = page.getCampaign();
    bonusCap = campaign.getBonusCap();
    penaltyCap = campaign.getPenaltyCap();
    bandsText =
        campaign.getBands().bands().stream()
            .map(b -> b.name() + ":" + b.from().stripTrailingZeros().toPlainString())
            .collect(Collectors.joining("; "));
  }

  /** Caps and bands, the bands written "Tốt:90; Khá:80; Trung bình:70; Yếu:0". */
  public void saveSettings() {
    List<Bands.Band> bands = new ArrayList<>();
    for (String part : bandsText == null ? new String[0] : bandsText.split(";")) {
      String[] pair = part.split(":");
      if (part.isBlank()) {
        continue;
      }
      try {
        bands.add(
            new Bands.Band(pair[0].strip(), new BigDecimal(pair[1].strip().replace(',', '.'))));
      } catch (RuntimeException e) {
        messages.error("settingsForm:bands", "appraisal.bands.format", part.strip());
        return;
      }
    }
    results.resultSettings(page.getId(), bonusCap, penaltyCap, bands);
    messages.info("appraisal.settingsSaved");
    page.load();
  }

  /** Bonus and penalty points of one unit, held to the campaign's caps in the results. */
  public void saveAdjustment() {
    results.adjust(page.getId(), adjustedUnit, bonus, penalty, adjustmentReason);
    messages.info("appraisal.adjusted", adjustedUnit);
  }

  /** The survey's table (CSV or XLSX); a wrong row is shown and nothing saved. */
  public void importSurvey() {
    surveyProblems = List.of();
    byte[] table = Uploads.bytes(surveyFile, "surveyFile");
    try {
      SurveyService.Imported imported = surveys.importTable(page.getId(), table);
      messages.info("appraisal.surveyLoaded", imported.added(), imported.updated());
    } catch (InvalidInputException e) {
      // A table's wrong rows are the answer to show, row by row, not a failure of the page.
      surveyProblems = messages.findings(e);
    }
  }

  public BigDecimal getBonusCap() {
    return bonusCap;
  }

  public void setBonusCap(BigDecimal bonusCap) {
    this.bonusCap = bonusCap;
  }

  public BigDecimal getPenaltyCap() {
    return penaltyCap;
  }

  public void setPenaltyCap(BigDecimal penaltyCap) {
    this.penaltyCap = penaltyCap;
  }

  public String getBandsText() {
    return bandsText;
  }

  public void setBandsText(String bandsText) {
    this.bandsText = bandsText;
  }

  /**
   * The subjects whose code or name holds {@code query} (case and accents ignored), for the unit
   * field of the bonus and penalty form, instead of a menu of every subject drawn into every view
   * of the sheet (400 items twice at 400 units, a tenth of the pages' drawing in the benchmark's
   * profile).
   */
  public List<String> subjectsLike(String query) {
    String wanted = Text.fold(query);
    return page.getCampaign().getSubjects().stream()
        .filter(u -> Text.fold(u.getCode() + " " + u.getNameVi()).contains(wanted))
        .map(OrganisationUnit::getCode)
        .limit(SUGGESTED)
        .toList();
  }

  /** A subject as the unit field shows it: its code and its name in the reader's language. */
  public String subjectLabel(String code) {
    return page.getCampaign().getSubjects().stream()
        .filter(u -> u.getCode().equals(code))
        .findFirst()
        .map(u -> code + " — " + u.name(preferences.getLanguage()))
        .orElse(code);
  }

  public String getAdjustedUnit() {
    return adjustedUnit;
  }

  public void setAdjustedUnit(String adjustedUnit) {
    this.adjustedUnit = adjustedUnit;
  }

  public BigDecimal getBonus() {
    return bonus;
  }

  public void setBonus(BigDecimal bonus) {
    this.bonus = bonus;
  }

  public BigDecimal getPenalty() {
    return penalty;
  }

  public void setPenalty(BigDecimal penalty) {
    this.penalty = penalty;
  }

  public String getAdjustmentReason() {
    return adjustmentReason;
  }

  public void setAdjustmentReason(String adjustmentReason) {
    this.adjustmentReason = adjustmentReason;
  }

  public UploadedFile getSurveyFile() {
    return surveyFile;
  }

  public void setSurveyFile(UploadedFile surveyFile) {
    this.surveyFile = surveyFile;
  }

  public List<FindingView> getSurveyProblems() {
    return surveyProblems;
  }
}
