package vn.parindex.assessment.offline;

import java.math.BigDecimal;
import java.util.List;
import vn.parindex.framework.ScoringRule;
import vn.parindex.shared.MessageKey;

/**
 * One leaf as the offline sheet carries it: what the unit sees (code, title, max, the rule in
 * words, the documents' numbers) and what it may change (the input, the self-score, the
 * explanation), with the version it was read at, so that an upload can tell a change made since on
 * the site.
 */
public record SheetLeaf(
    String subjectCode,
    String code,
    String title,
    BigDecimal max,
    ScoringRule rule,
    List<MessageKey> ruleWords,
    BigDecimal value,
    BigDecimal selfScore,
    String explanation,
    String overrideReason,
    List<String> evidenceNumbers,
    Long version) {

  public SheetLeaf {
    ruleWords = List.copyOf(ruleWords);
    evidenceNumbers = List.copyOf(evidenceNumbers);
  }

  /** Whether the points follow from the input by a rule, rather than being typed. */
  public boolean ruleScored() {
    return !(rule instanceof ScoringRule.Manual);
  }
}
