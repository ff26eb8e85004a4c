package vn.parindex.web.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.assessment.LeafComment;
import vn.parindex.assessment.LeafScore;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.evidence.EvidenceLink;
import vn.parindex.evidence.EvidenceRequestService;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.RuleType;
import vn.parindex.framework.RuleWords;
import vn.parindex.framework.ScoringRule;
import vn.parindex.framework.Suggestion;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.MessageKey;

/**
 * What the leaf dialog shows and edits: the node's rule and guidance, the officer's input, the
 * at-risk flag, the fields of a document to attach, and, after a stale save, what is stored now.
 */
public class LeafForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String subjectCode;
  private String nodeCode;
  private String title;
  private BigDecimal max;
  private String rule;
  private String ruleParams;
  private String scoringGuidance;
  private String evidenceGuidance;
  private String leadUnitCode;
  private List<String> coordinatingUnitCodes = List.of();
  private boolean verified;
  private BigDecimal previousScore;
  private boolean returned;
  private String returnComment;
  private BigDecimal value;
  private BigDecimal selfScore;
  private BigDecimal suggestedScore;
  private MessageKey ruleExplanation;
  private String explanation;
  private boolean override;
  private String overrideReason;
  private String reason;
  private Long version;
  private boolean atRisk;
  private String riskCause;
  private String remedy;
  private String riskOwner;
  private LocalDate riskDue;
  private final DocumentFields document = new DocumentFields();
  private BigDecimal storedSelfScore;
  private String storedExplanation;
  private String storedBy;
  private List<AuditEntry> trail = List.of();
  private List<EvidenceLink> evidence = List.of();
  private List<LeafComment> comments = List.of();
  private List<EvidenceRequestService.Listed> requests = List.of();

  void fill(WorkspaceLeaf leaf) {
    FrameworkNode node = leaf.getNode();
    subjectCode = leaf.getSubject().getCode();
    nodeCode = node.getCode();
    title = node.getNameVi();
    max = node.getMaxScore();
    rule = node.getRuleType() == null ? null : node.getRuleType().name();
    ruleParams = node.getRuleParams();
    scoringGuidance = node.getScoringGuidance();
    evidenceGuidance = node.getEvidenceGuidance();
    leadUnitCode = leaf.getLeadUnitCode();
    coordinatingUnitCodes = leaf.getCoordinatingUnitCodes();
    verified = node.isVerified();
    previousScore = leaf.getPreviousScore();
    reason = null;
    ruleExplanation = null;
    storedSelfScore = null;
    storedExplanation = null;
    storedBy = null;
    document.clear();
    LeafScore score = leaf.getScore();
    if (score == null) {
      value = null;
      selfScore = null;
      suggestedScore = null;
      explanation = null;
      override = false;
      overrideReason = null;
      // No score yet: saving expects none, so one written meanwhile is a conflict, not overwritten.
      version = 0L;
      atRisk = false;
      riskCause = null;
      remedy = null;
      riskOwner = null;
      riskDue = null;
      returned = false;
      returnComment = null;
    } else {
      saved(score, null);
      try {
        preview();
      } catch (InvalidInputException e) {
        // A value stored under an earlier rule: the dialog shows it without the rule's reading.
        ruleExplanation = null;
      }
    }
  }

  void saved(LeafScore score, MessageKey explanationOfRule) {
    value = score.getValue();
    selfScore = score.getSelfScore();
    suggestedScore = score.getSuggestedScore();
    explanation = score.getExplanation();
    override = score.isOverridden();
    overrideReason = score.getOverrideReason();
    version = score.getVersion();
    atRisk = score.isAtRisk();
    riskCause = score.getRiskCause();
    remedy = score.getRemedy();
    riskOwner = score.getRiskOwner();
    riskDue = score.getRiskDue();
    returned = score.isReturned();
    returnComment = score.getReturnComment();
    ruleExplanation = explanationOfRule;
    reason = null;
    storedSelfScore = null;
    storedExplanation = null;
    storedBy = null;
  }

  /** Keeps what the user typed and takes the stored version, with the stored values beside it. */
  void conflict(LeafScore stored) {
    storedSelfScore = stored.getSelfScore();
    storedExplanation = stored.getExplanation();
    storedBy = stored.getUpdatedBy();
    version = stored.getVersion();
  }

  /**
   * The rule's points for the value typed so far, shown before saving so that what the officer sees
   * is what will be stored. A value the rule refuses is reported at its field.
   */
  void preview() {
    ruleExplanation = null;
    suggestedScore = null;
    if (!isRuleBased() || value == null || "SURVEY".equals(rule)) {
      return;
    }
    Suggestion suggestion =
        ScoringRule.parse(RuleType.valueOf(rule), ruleParams).suggest(value, max);
    suggestedScore = suggestion.points();
    ruleExplanation = suggestion.explanation();
  }

  /** What the save sends as the self-score: none on a rule-based leaf unless overridden. */
  BigDecimal typedSelfScore() {
    return !isRuleBased() || override ? selfScore : null;
  }

  /** The override's reason, sent only when the officer chose to override the rule. */
  String typedOverrideReason() {
    return isRuleBased() && override ? overrideReason : null;
  }

  public boolean isRuleBased() {
    return rule != null && !"MANUAL".equals(rule);
  }

  public boolean isConflicted() {
    return storedBy != null || storedSelfScore != null;
  }

  public String getSubjectCode() {
    return subjectCode;
  }

  public String getNodeCode() {
    return nodeCode;
  }

  public String getTitle() {
    return title;
  }

  public BigDecimal getMax() {
    return max;
  }

  public String getRule() {
    return rule;
  }

  /** The leaf's rule in words, for the hint beside its input; never its parameter text. */
  public List<MessageKey> getRuleWords() {
    return rule == null
        ? List.of()
        : RuleWords.of(ScoringRule.parse(RuleType.valueOf(rule), ruleParams), max);
  }

  /** A pass/fail leaf's answer as its toggle holds it: "1" achieved, "0" not, null unanswered. */
  public String getAchieved() {
    return value == null ? null : value.signum() != 0 ? "1" : "0";
  }

  public void setAchieved(String answer) {
    value = "1".equals(answer) ? BigDecimal.ONE : "0".equals(answer) ? BigDecimal.ZERO : null;
  }

  public String getScoringGuidance() {
    return scoringGuidance;
  }

  public String getEvidenceGuidance() {
    return evidenceGuidance;
  }

  public String getLeadUnitCode() {
    return leadUnitCode;
  }

  /** The coordinating units as a reader sees them: "STP, SYT", or a dash when there are none. */
  public String getCoordinatingUnits() {
    return coordinatingUnitCodes.isEmpty() ? "—" : String.join(", ", coordinatingUnitCodes);
  }

  public List<String> getCoordinatingUnitCodes() {
    return coordinatingUnitCodes;
  }

  public boolean isVerified() {
    return verified;
  }

  public BigDecimal getPreviousScore() {
    return previousScore;
  }

  public boolean isReturned() {
    return returned;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public BigDecimal getSuggestedScore() {
    return suggestedScore;
  }

  public MessageKey getRuleExplanation() {
    return ruleExplanation;
  }

  public Long getVersion() {
    return version;
  }

  public BigDecimal getStoredSelfScore() {
    return storedSelfScore;
  }

  public String getStoredExplanation() {
    return storedExplanation;
  }

  public String getStoredBy() {
    return storedBy;
  }

  List<AuditEntry> getTrail() {
    return trail;
  }

  void setTrail(List<AuditEntry> trail) {
    this.trail = trail;
  }

  List<EvidenceLink> getEvidence() {
    return evidence;
  }

  void setEvidence(List<EvidenceLink> evidence) {
    this.evidence = evidence;
  }

  List<LeafComment> getComments() {
    return comments;
  }

  void setComments(List<LeafComment> comments) {
    this.comments = comments;
  }

  List<EvidenceRequestService.Listed> getRequests() {
    return requests;
  }

  void setRequests(List<EvidenceRequestService.Listed> requests) {
    this.requests = requests;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public boolean isOverride() {
    return override;
  }

  public void setOverride(boolean override) {
    this.override = override;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }

  public BigDecimal getSelfScore() {
    return selfScore;
  }

  public void setSelfScore(BigDecimal selfScore) {
    this.selfScore = selfScore;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isAtRisk() {
    return atRisk;
  }

  public void setAtRisk(boolean atRisk) {
    this.atRisk = atRisk;
  }

  public String getRiskCause() {
    return riskCause;
  }

  public void setRiskCause(String riskCause) {
    this.riskCause = riskCause;
  }

  public String getRemedy() {
    return remedy;
  }

  public void setRemedy(String remedy) {
    this.remedy = remedy;
  }

  public String getRiskOwner() {
    return riskOwner;
  }

  public void setRiskOwner(String riskOwner) {
    this.riskOwner = riskOwner;
  }

  public LocalDate getRiskDue() {
    return riskDue;
  }

  public void setRiskDue(LocalDate riskDue) {
    this.riskDue = riskDue;
  }

  /** The official record fields of the document being attached. */
  public DocumentFields getDocument() {
    return document;
  }
}
