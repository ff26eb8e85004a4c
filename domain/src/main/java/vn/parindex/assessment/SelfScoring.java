package vn.parindex.assessment;

import static vn.parindex.framework.Points.vietnamese;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.framework.Points;
import vn.parindex.framework.ScoringRule;
import vn.parindex.framework.Suggestion;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.MessageKey;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * Checks what an officer enters for a leaf against its rule and max. A rule-based leaf turns its
 * input into points, and those are the self-score: a figure typed beside them that differs is an
 * override, accepted only with a reason, so that a saved score never contradicts its rule unless
 * somebody said why. A typed score must lie in [0, max] on the rule's step (0.01 unless the MANUAL
 * rule says otherwise).
 */
public final class SelfScoring {
  private static final BigDecimal CENT = new BigDecimal("0.01");
  static final int REASON_MAX = 2000;

  /** The longest explanation of a leaf's score: its column holds 4,000 characters. */
  public static final int EXPLANATION_MAX = 4000;

  private SelfScoring() {}

  /**
   * An explanation as typed, composed and trimmed (null when empty), or refused at the field
   * "explanation": over {@value #EXPLANATION_MAX} characters, or holding a control character
   * (PostgreSQL stores no NUL), whether it came from the leaf dialog, the API or a workbook.
   */
  public static String explanation(String typed) {
    String text = Text.nfc(typed);
    if (Text.hasControlCharacters(text)) {
      throw InvalidInputException.of(Violation.ofField("explanation", "text.control"));
    }
    if (text != null && text.length() > EXPLANATION_MAX) {
      throw InvalidInputException.of(
          Violation.ofField("explanation", "assessment.explanation.tooLong", EXPLANATION_MAX));
    }
    return text;
  }

  /**
   * The accepted entry: input, the rule's points (null for MANUAL), their explanation, the
   * self-score, and the reason when the self-score overrides the rule's points.
   */
  public record Outcome(
      BigDecimal value,
      BigDecimal suggested,
      MessageKey ruleExplanation,
      BigDecimal selfScore,
      String overrideReason) {
    public boolean overridden() {
      return overrideReason != null;
    }
  }

  public static Outcome evaluate(
      ScoringRule rule, BigDecimal max, BigDecimal value, BigDecimal selfScore) {
    return evaluate(rule, max, value, selfScore, null);
  }

  public static Outcome evaluate(
      ScoringRule rule,
      BigDecimal max,
      BigDecimal value,
      BigDecimal selfScore,
      String overrideReason) {
    if (rule instanceof ScoringRule.Survey) {
      throw InvalidInputException.of(Violation.ofField("selfScore", "rule.survey.notSelfScored"));
    }
    List<Violation> problems = new ArrayList<>();
    Suggestion suggestion = null;
    boolean manual = rule instanceof ScoringRule.Manual;
    if (!manual && value != null) {
      try {
        suggestion = rule.suggest(value, max);
      } catch (InvalidInputException e) {
        problems.addAll(e.violations());
      }
    }
    BigDecimal score =
        selfScore != null ? selfScore : suggestion == null ? null : suggestion.points();
    String reason = null;
    if (!manual && selfScore != null && problems.isEmpty()) {
      reason = overrideReason(suggestion, selfScore, overrideReason, problems);
    }
    BigDecimal step = manual ? ((ScoringRule.Manual) rule).step() : CENT;
    if (score == null) {
      if (problems.isEmpty()) {
        // A value the rule refused is the one problem to tell; "enter a score" would mislead.
        problems.add(Violation.ofField("selfScore", "assessment.selfScore.required"));
      }
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
        Points.of(score),
        reason);
  }

  /**
   * The reason kept for a typed score on a rule-based leaf: none when it equals the rule's points,
   * else the one given, which must be there. Without an input the rule gives nothing, so any typed
   * figure overrides it.
   */
  private static String overrideReason(
      Suggestion suggestion, BigDecimal typed, String given, List<Violation> problems) {
    if (suggestion != null && suggestion.points().compareTo(typed) == 0) {
      return null;
    }
    String reason = Text.nfc(given);
    if (reason == null) {
      problems.add(
          suggestion == null
              ? Violation.ofField(
                  "overrideReason", "assessment.override.noValue", vietnamese(typed))
              : Violation.ofField(
                  "overrideReason",
                  "assessment.override.reasonRequired",
                  vietnamese(typed),
                  vietnamese(suggestion.points())));
    } else if (reason.length() > REASON_MAX || Text.hasControlCharacters(reason)) {
      problems.add(Violation.ofField("overrideReason", "assessment.override.tooLong", REASON_MAX));
    }
    return reason;
  }
}
