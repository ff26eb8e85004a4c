package vn.parindex.assessment.offline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.parindex.assessment.CampaignLeaves;
import vn.parindex.assessment.EvidenceFigures;
import vn.parindex.assessment.LeafResolver;
import vn.parindex.assessment.LeafScore;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.assessment.Workspace;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.assessment.offline.adapter.ScoringSheetReader;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.RuleWords;
import vn.parindex.framework.ScoringRule;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.FileTooLargeException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Violation;

/**
 * Scoring offline: a unit downloads its leaves as a workbook, fills it in Excel or LibreOffice, and
 * uploads it; the upload is first only compared (what would change, what is wrong, what was changed
 * on the site meanwhile), and saved when the officer confirms, each leaf through the same save as
 * the leaf dialog, with its audit entries, in one transaction: all of it or nothing.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class ScoreOffline {
  /**
   * The largest sheet taken: 150 leaves with explanations of 4,000 letters zip to a fraction of it,
   * and the page keeps the upload in memory until it is confirmed.
   */
  public static final int MAX_SHEET_BYTES = 1024 * 1024;

  @Inject SelfAssessmentService assessments;
  @Inject EvidenceFigures evidence;
  @Inject UnitHistory history;
  @Inject CampaignService campaigns;

  /** The unit's sheet, for whoever may open its workspace; titles in {@code language}. */
  public OfflineSheet sheet(long campaignId, String unitCode, String language) {
    return sheet(assessments.workspace(campaignId, unitCode), language);
  }

  private OfflineSheet sheet(Workspace workspace, String language) {
    List<SheetLeaf> leaves = leaves(workspace, language, evidenceNumbers(workspace));
    String unitCode = workspace.unit().getCode();
    String unitName =
        history
            .namesIn(workspace.campaign().getYear())
            .getOrDefault(unitCode, workspace.unit().name(language));
    return new OfflineSheet(
        workspace.campaign().getId(),
        workspace.campaign().getName(),
        unitCode,
        unitName,
        workspace.editable(),
        leaves);
  }

  /** The workspace's self-scored leaves as the sheet carries them. */
  private static List<SheetLeaf> leaves(
      Workspace workspace, String language, Map<String, List<String>> numbers) {
    List<SheetLeaf> leaves = new ArrayList<>();
    for (WorkspaceLeaf leaf : workspace.leaves()) {
      if (!(leaf.getNode().rule() instanceof ScoringRule.Survey)) {
        leaves.add(leaf(leaf, language, numbers));
      }
    }
    return leaves;
  }

  /** What the uploaded workbook would change; nothing is saved. */
  public SheetPreview preview(long campaignId, String unitCode, byte[] workbook, String reason) {
    if (workbook.length > MAX_SHEET_BYTES) {
      throw new FileTooLargeException(MAX_SHEET_BYTES);
    }
    Workspace workspace = assessments.workspace(campaignId, unitCode);
    if (!workspace.editable()) {
      // One who may read the work but never score it is refused as such, not told it is locked.
      CampaignAccess.Caller caller = campaigns.caller();
      if (!workspace.leaves().isEmpty()
          && !CampaignAccess.maySelfScore(
              caller,
              workspace.campaign().getKind(),
              workspace.leaves().get(0).getSubject().getCode(),
              workspace.leaves().get(0).getLeadUnitCode())) {
        LeafResolver.refuse(caller, "upload the scoring sheet of " + unitCode, campaignId);
      }
      throw new ConflictException("assessment.locked", unitCode);
    }
    SheetUpload upload = ScoringSheetReader.read(workbook);
    if (!Objects.equals(upload.campaignId(), campaignId) || !unitCode.equals(upload.unitCode())) {
      throw InvalidInputException.of(
          Violation.ofField(
              "file",
              "sheet.otherWork",
              String.valueOf(upload.unitCode()),
              String.valueOf(upload.campaignId())));
    }
    List<Violation> problems = new ArrayList<>();
    String why = Violation.typed("reason", reason, 2000, false, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    // Compared on what the unit may change; the documents' numbers are for the download only.
    return SheetComparison.compare(leaves(workspace, "vi", Map.of()), upload, why);
  }

  /**
   * Saves what the workbook changes, compared again now (a leaf saved on the site since the preview
   * is a conflict then, not overwritten): refused whole while it has errors; leaves in conflict are
   * left as they are and listed.
   */
  public SheetPreview confirm(long campaignId, String unitCode, byte[] workbook, String reason) {
    SheetPreview preview = preview(campaignId, unitCode, workbook, reason);
    if (!preview.errors().isEmpty()) {
      throw new InvalidInputException(preview.errors());
    }
    for (SheetEdit edit : preview.edits()) {
      assessments.score(campaignId, edit.subjectCode(), edit.code(), edit.input());
    }
    return preview;
  }

  private static SheetLeaf leaf(
      WorkspaceLeaf leaf, String language, Map<String, List<String>> numbers) {
    FrameworkNode node = leaf.getNode();
    LeafScore score = leaf.getScore();
    String title =
        "en".equals(language) && node.getNameEn() != null ? node.getNameEn() : node.getNameVi();
    return new SheetLeaf(
        leaf.getSubject().getCode(),
        leaf.getCode(),
        title,
        node.getMaxScore(),
        node.rule(),
        RuleWords.of(node.rule(), node.getMaxScore()),
        score == null ? null : score.getValue(),
        score == null ? null : score.getSelfScore(),
        score == null ? null : score.getExplanation(),
        score == null ? null : score.getOverrideReason(),
        numbers.getOrDefault(
            CampaignLeaves.key(leaf.getSubject().getCode(), leaf.getCode()), List.of()),
        score == null ? null : score.getVersion());
  }

  /** The numbers of the documents attached to each of the workspace's leaves. */
  private Map<String, List<String>> evidenceNumbers(Workspace workspace) {
    List<String> subjects =
        workspace.leaves().stream().map(l -> l.getSubject().getCode()).distinct().toList();
    return subjects.isEmpty()
        ? Map.of()
        : evidence.documentNumbersPerLeaf(workspace.campaign().getId(), subjects);
  }
}
