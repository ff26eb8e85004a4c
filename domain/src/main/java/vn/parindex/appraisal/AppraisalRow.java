package vn.parindex.appraisal;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.organisation.OrganisationUnit;

/**
 * One subject's leaf on the appraisal sheet: its self-score and evidence, each round's appraisal,
 * and the unit's explanation. A class with getters, because Faces 4.0's EL does not read records.
 */
public final class AppraisalRow implements Serializable {
  private final OrganisationUnit subject;
  private final FrameworkNode node;
  private final String leadUnitCode;
  private final BigDecimal selfScore;
  private final String overrideReason;
  private final int evidenceCount;
  private final Appraisal round1;
  private final Appraisal round2;
  private final Explanation explanation;

  AppraisalRow(
      OrganisationUnit subject,
      FrameworkNode node,
      String leadUnitCode,
      BigDecimal selfScore,
      String overrideReason,
      int evidenceCount,
      Appraisal round1,
      Appraisal round2,
      Explanation explanation) {
    this.subject = subject;
    this.node = node;
    this.leadUnitCode = leadUnitCode;
    this.selfScore = selfScore;
    this.overrideReason = overrideReason;
    this.evidenceCount = evidenceCount;
    this.round1 = round1;
    this.round2 = round2;
    this.explanation = explanation;
  }

  public OrganisationUnit getSubject() {
    return subject;
  }

  public FrameworkNode getNode() {
    return node;
  }

  public String getLeadUnitCode() {
    return leadUnitCode;
  }

  public BigDecimal getSelfScore() {
    return selfScore;
  }

  /** Why the unit's self-score departs from the leaf's rule; null when it does not. */
  public String getOverrideReason() {
    return overrideReason;
  }

  public int getEvidenceCount() {
    return evidenceCount;
  }

  public Appraisal getRound1() {
    return round1;
  }

  public Appraisal getRound2() {
    return round2;
  }

  public Explanation getExplanation() {
    return explanation;
  }

  /** Whether round 1 asked the unit to explain this leaf. */
  public boolean isExplanationAsked() {
    return round1 != null && round1.isNeedsExplanation();
  }

  /** The appraisal of a round, or null. */
  public Appraisal round(int round) {
    return round == 1 ? round1 : round == 2 ? round2 : null;
  }
}
