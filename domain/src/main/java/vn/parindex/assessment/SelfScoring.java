package vn.parindex.assessment;

import static vn.parindex.framework.Points.vietnamese;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.framework.Points;
import vn.parindex.framework.ScoringRule;
import vn.parindex.framework.Suggestion;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/**
 * Checks what an officer enters for a leaf against its rule and max. A rule-based leaf turns its
 * input into suggested points; the self-score defaults to the suggestion and, if typed, must lie in
 * [0, max] on the rule's step (0.01 unless the MANUAL rule says otherwise).
 */
public final class SelfScoring {
  private static final BigDecimal CENT = new BigDecimal("0.01");

  private SelfScoring() {}

  /** The accepted entry: input, suggestion (null for MANUAL) and the self-score. */
  public record Outcome(
      BigDecimal value, BigDecimal suggested, String ruleExplanation, BigDecimal selfScore) {}

  public static Outcome evaluate(
      ScoringRule rule, BigDecimal max, BigDecimal value, BigDecimal selfScore) {
    List<Violation> problems = new ArrayList<>();
    Suggestion suggestion = null;
    if (rule instanceof ScoringRule.Survey) {
      throw InvalidInputException.of(Violation.ofField("selfScore", "rule.survey.notSelfScored"));
    }
    if (!(rule instanceof ScoringRule.Manual) && value != null) {
      try {
        suggestion = rule.suggest(value, max);
      } catch (InvalidInputException e) {
        problems.addAll(e.violations());
      }
    }
    BigDecimal score =
        selfScore != null ? selfScore : suggestion == null ? null : suggestion.points();
    BigDecimal step = rule instanceof ScoringRule.Manual manual ? manual.step() : CENT;
    if (score == null) {
      problems.add(Violation.ofField("selfScore", "assessment.selfScore.required"));
    } else if (score.signum() < 0 || score.compareTo(max) > 0) {
      problems.add(Violation.ofField("selfScore", "assessment.selfScore.range", vietnamese(max)));
    } else if (score.remainder(step).signum() != 0) {
      problems.add(Violation.ofField("selfScore", "assessment.selfScore.step", vietnamese(step)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Outcome(
        value,
        suggestion == null ? null : suggestion.points(),
        suggestion == null ? null : suggestion.explanation(),
        Points.of(score));
  }
}
