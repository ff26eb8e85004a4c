package vn.parindex.api.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.appraisal.Appraisal;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.assessment.LeafComment;
import vn.parindex.assessment.LeafScore;
import vn.parindex.assessment.ScoreResult;
import vn.parindex.assessment.Submission;
import vn.parindex.assessment.Workspace;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.evidence.EvidenceDocument;
import vn.parindex.evidence.EvidenceLink;
import vn.parindex.evidence.EvidenceRequest;
import vn.parindex.shared.MaxLength;

/** What the self-assessment API reads and writes. */
public final class AssessmentJson {
  private AssessmentJson() {}

  /**
   * A score as the officer saves it: leave {@code selfScore} out to take the rule's points, or give
   * another figure with {@code overrideReason}.
   */
  public record ScoreRequest(
      BigDecimal value,
      BigDecimal selfScore,
      @MaxLength(4000) String explanation,
      Long version,
      String reason,
      String overrideReason) {}

  /** A saved score. */
  public record ScoreJson(
      String nodeCode,
      BigDecimal value,
      BigDecimal selfScore,
      BigDecimal suggestedScore,
      String explanationOfRule,
      String explanation,
      String overrideReason,
      boolean atRisk,
      long version,
      String status) {
    static ScoreJson of(ScoreResult result, String explanationOfRule) {
      LeafScore s = result.score();
      return new ScoreJson(
          s.getNodeCode(),
          s.getValue(),
          s.getSelfScore(),
          s.getSuggestedScore(),
          explanationOfRule,
          s.getExplanation(),
          s.getOverrideReason(),
          s.isAtRisk(),
          s.getVersion(),
          result.state().name());
    }
  }

  /** An at-risk flag. */
  public record RiskRequest(
      Boolean atRisk,
      String cause,
      String remedy,
      @MaxLength(200) String owner,
      LocalDate due,
      Long version) {}

  /** A workflow step's comment. */
  public record StepRequest(String comment) {}

  /** A unit's work after a workflow step. */
  public record SubmissionJson(
      String unitCode, String status, int timesReturned, boolean reopened) {
    static SubmissionJson of(Submission s) {
      return new SubmissionJson(
          s.getUnit().getCode(), s.getStatus().name(), s.getTimesReturned(), s.isReopened());
    }
  }

  /** One leaf of a workspace or of the consolidation. */
  public record LeafJson(
      String subjectUnitCode,
      String nodeCode,
      String title,
      BigDecimal max,
      String leadUnitCode,
      List<String> coordinatingUnitCodes,
      BigDecimal selfScore,
      boolean overridden,
      BigDecimal previousScore,
      String status,
      int evidenceCount,
      boolean atRisk,
      BigDecimal pointsAtRisk,
      Long version) {
    public static LeafJson of(WorkspaceLeaf l) {
      return new LeafJson(
          l.getSubject().getCode(),
          l.getCode(),
          l.getNode().getNameVi(),
          l.getNode().getMaxScore(),
          l.getLeadUnitCode(),
          l.getCoordinatingUnitCodes(),
          l.getSelfScore(),
          l.getScore() != null && l.getScore().isOverridden(),
          l.getPreviousScore(),
          l.getState().name(),
          l.getEvidenceCount(),
          l.isAtRisk(),
          l.getPointsAtRisk(),
          l.getScore() == null ? null : l.getScore().getVersion());
    }
  }

  /** A unit's workspace. */
  public record WorkspaceJson(
      String unitCode,
      String status,
      boolean editable,
      BigDecimal selfTotal,
      BigDecimal maxTotal,
      List<LeafJson> leaves) {
    public static WorkspaceJson of(String unitCode, Workspace w) {
      return new WorkspaceJson(
          unitCode,
          w.submission() == null ? null : w.submission().getStatus().name(),
          w.editable(),
          w.selfTotal(),
          w.maxTotal(),
          w.leaves().stream().map(LeafJson::of).toList());
    }
  }

  /** A document as stored. */
  public record EvidenceJson(
      long id,
      String sha256,
      long size,
      String mediaType,
      String fileName,
      String number,
      LocalDate date,
      String issuer,
      String citation,
      int revision,
      boolean removed,
      String removalReason) {
    static EvidenceJson of(EvidenceDocument d, EvidenceLink link) {
      return new EvidenceJson(
          d.getId(),
          d.getSha256(),
          d.getSize(),
          d.getContentType(),
          d.getFileName(),
          d.getNumber(),
          d.getIssuedOn(),
          d.getIssuer(),
          d.getCitation(),
          d.getRevision(),
          link != null && link.isRemoved(),
          link == null ? null : link.getRemovalReason());
    }
  }

  /** One recorded change. */
  public record AuditJson(
      String field, String oldValue, String newValue, String actor, Instant at, String reason) {
    static AuditJson of(AuditEntry a) {
      return new AuditJson(
          a.getField(), a.getOldValue(), a.getNewValue(), a.getActor(), a.getAt(), a.getReason());
    }
  }

  /** A request for evidence, as its lead unit sends it. */
  public record RequestAsk(String toUnitCode, String message, LocalDate due) {}

  /** A request for evidence, as both sides see it. */
  public record RequestJson(
      long id,
      String subjectUnitCode,
      String nodeCode,
      String fromUnitCode,
      String toUnitCode,
      String message,
      LocalDate due,
      boolean done,
      boolean overdue,
      String doneNote) {
    static RequestJson of(EvidenceRequest r, boolean overdue) {
      return new RequestJson(
          r.getId(),
          r.getSubject().getCode(),
          r.getNodeCode(),
          r.getFromUnit().getCode(),
          r.getToUnit().getCode(),
          r.getMessage(),
          r.getDue(),
          r.isDone(),
          overdue,
          r.getDoneNote());
    }
  }

  /** A message of a leaf's thread. */
  public record CommentJson(String author, Instant at, String text) {
    static CommentJson of(LeafComment c) {
      return new CommentJson(c.getAuthor(), c.getWrittenAt(), c.getText());
    }
  }

  /** A new message. */
  public record CommentRequest(@MaxLength(4000) String text) {}

  /** An appraiser's entry for a leaf. */
  public record AppraisalRequest(
      Integer round,
      BigDecimal score,
      String comment,
      Boolean needsExplanation,
      Boolean notApplicable,
      Long version) {}

  /** A stored appraisal. */
  public record AppraisalJson(
      String nodeCode,
      int round,
      BigDecimal score,
      String comment,
      boolean needsExplanation,
      boolean notApplicable,
      long version) {
    static AppraisalJson of(Appraisal a) {
      return new AppraisalJson(
          a.getNodeCode(),
          a.getRound(),
          a.getScore(),
          a.getRemark(),
          a.isNeedsExplanation(),
          a.isNotApplicable(),
          a.getVersion());
    }
  }

  /** Bonus and penalty points of a subject. */
  public record AdjustmentJson(BigDecimal bonus, BigDecimal penalty, String reason) {}
}
