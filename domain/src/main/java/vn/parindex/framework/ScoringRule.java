package vn.parindex.framework;

import static vn.parindex.framework.Points.vietnamese;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.MessageKey;
import vn.parindex.shared.Violation;

/**
 * How a leaf turns an input into suggested points. Rules are data stored with the node ({@link
 * RuleType} plus a parameter text), never code per criterion. Suggested points are clamped to [0,
 * max] and rounded half up to 2 places.
 *
 * <table>
 *   <caption>Parameter texts</caption>
 *   <tr><td>MANUAL</td><td>{@code step=0.25} (default 0.01): the input is the expert score</td></tr>
 *   <tr><td>BINARY</td><td>none: input 1 (achieved) gives the max, 0 gives 0</td></tr>
 *   <tr><td>PROPORTIONAL</td><td>none: input is a % value; points = max × value ÷ 100</td></tr>
 *   <tr><td>BANDS</td><td>{@code 100:1;80:0.5}: threshold % → fraction of max, else 0</td></tr>
 *   <tr><td>DEDUCTION</td><td>{@code per=0.25}: input is a count; points = max − per × count</td></tr>
 *   <tr><td>SURVEY</td><td>none: not self-scored; points are imported from the survey</td></tr>
 * </table>
 */
public sealed interface ScoringRule {
  BigDecimal HUNDRED = BigDecimal.valueOf(100);

  RuleType type();

  /** The canonical parameter text: parsing it gives this rule again. */
  String params();

  Suggestion suggest(BigDecimal input, BigDecimal max);

  /** Parses parameters; blank text gives the rule's defaults. */
  static ScoringRule parse(RuleType type, String params) {
    String text = params == null ? "" : params.strip();
    return switch (type) {
      case MANUAL -> Manual.parse(text);
      case BINARY -> noParams(text, new Binary());
      case PROPORTIONAL -> noParams(text, new Proportional());
      case BANDS -> Bands.parse(text);
      case DEDUCTION -> Deduction.parse(text);
      case SURVEY -> noParams(text, new Survey());
    };
  }

  private static ScoringRule noParams(String text, ScoringRule rule) {
    if (!text.isEmpty()) {
      throw new InvalidRuleException("rule.params.none", rule.type().name());
    }
    return rule;
  }

  private static BigDecimal number(String text, String key) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRuleException(key, text);
    }
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static InvalidInputException invalidInput(String key, Object... arguments) {
    return InvalidInputException.of(Violation.ofField("value", key, arguments));
  }

  private static BigDecimal percent(BigDecimal input) {
    if (input == null) {
      throw invalidInput("rule.input.required");
    }
    if (input.signum() < 0 || input.compareTo(HUNDRED) > 0) {
      throw invalidInput("rule.percent.range", vietnamese(input));
    }
    return input;
  }

  /** An expert score entered directly, in [0, max] on a step. */
  record Manual(BigDecimal step) implements ScoringRule {
    static final BigDecimal DEFAULT_STEP = new BigDecimal("0.01");

    static Manual parse(String text) {
      if (text.isEmpty()) {
        return new Manual(DEFAULT_STEP);
      }
      if (!text.startsWith("step=")) {
        throw new InvalidRuleException("rule.manual.params", text);
      }
      BigDecimal step = number(text.substring(5), "rule.manual.params");
      if (step.signum() <= 0 || step.scale() > Points.SCALE) {
        throw new InvalidRuleException("rule.manual.params", text);
      }
      return new Manual(step);
    }

    @Override
    public RuleType type() {
      return RuleType.MANUAL;
    }

    @Override
    public String params() {
      return step.compareTo(DEFAULT_STEP) == 0 ? "" : "step=" + plain(step);
    }

    @Override
    public Suggestion suggest(BigDecimal input, BigDecimal max) {
      if (input == null) {
        throw invalidInput("rule.input.required");
      }
      if (input.signum() < 0 || input.compareTo(max) > 0) {
        throw invalidInput("rule.manual.range", vietnamese(max));
      }
      if (input.remainder(step).signum() != 0) {
        throw invalidInput("rule.manual.step", vietnamese(step));
      }
      BigDecimal points = Points.of(input);
      return new Suggestion(points, new MessageKey("rule.explain.manual", points, max));
    }
  }

  /** Achieved (input 1) gives the max; not achieved (0) gives nothing. */
  record Binary() implements ScoringRule {
    @Override
    public RuleType type() {
      return RuleType.BINARY;
    }

    @Override
    public String params() {
      return "";
    }

    @Override
    public Suggestion suggest(BigDecimal input, BigDecimal max) {
      if (input == null || (input.compareTo(BigDecimal.ONE) != 0 && input.signum() != 0)) {
        throw invalidInput("rule.binary.input");
      }
      boolean achieved = input.signum() != 0;
      BigDecimal points = Points.of(achieved ? max : BigDecimal.ZERO);
      return new Suggestion(
          points,
          new MessageKey(achieved ? "rule.explain.achieved" : "rule.explain.notAchieved", points));
    }
  }

  /** Points in proportion to a percentage (a satisfaction index, a completion rate). */
  record Proportional() implements ScoringRule {
    @Override
    public RuleType type() {
      return RuleType.PROPORTIONAL;
    }

    @Override
    public String params() {
      return "";
    }

    @Override
    public Suggestion suggest(BigDecimal input, BigDecimal max) {
      BigDecimal value = percent(input);
      BigDecimal raw = max.multiply(value).divide(HUNDRED);
      BigDecimal points = Points.clamp(raw, max);
      BigDecimal computed = Points.of(raw);
      return new Suggestion(
          points,
          computed.compareTo(points) != 0
              ? new MessageKey("rule.explain.proportional.capped", value, max, computed, points)
              : new MessageKey("rule.explain.proportional", value, max, points));
    }
  }

  /** A fraction of the max by threshold: the first threshold the value reaches applies. */
  record Bands(List<Band> bands) implements ScoringRule {
    /** Reaching {@code threshold} percent gives {@code fraction} of the max. */
    public record Band(BigDecimal threshold, BigDecimal fraction) {}

    public Bands {
      bands = bands.stream().sorted(Comparator.comparing(Band::threshold).reversed()).toList();
    }

    static Bands parse(String text) {
      if (text.isEmpty()) {
        throw new InvalidRuleException("rule.bands.params", text);
      }
      List<Band> bands = new ArrayList<>();
      for (String part : text.split(";")) {
        String[] pair = part.split(":");
        if (pair.length != 2) {
          throw new InvalidRuleException("rule.bands.params", text);
        }
        BigDecimal threshold = number(pair[0], "rule.bands.params");
        BigDecimal fraction = number(pair[1], "rule.bands.params");
        if (threshold.signum() < 0
            || fraction.signum() < 0
            || fraction.compareTo(BigDecimal.ONE) > 0) {
          throw new InvalidRuleException("rule.bands.range", part.strip());
        }
        if (bands.stream().anyMatch(b -> b.threshold().compareTo(threshold) == 0)) {
          throw new InvalidRuleException("rule.bands.duplicate", plain(threshold));
        }
        bands.add(new Band(threshold, fraction));
      }
      return new Bands(bands);
    }

    @Override
    public RuleType type() {
      return RuleType.BANDS;
    }

    @Override
    public String params() {
      return bands.stream()
          .map(b -> plain(b.threshold()) + ":" + plain(b.fraction()))
          .collect(Collectors.joining(";"));
    }

    @Override
    public Suggestion suggest(BigDecimal input, BigDecimal max) {
      BigDecimal value = percent(input);
      for (Band band : bands) {
        if (value.compareTo(band.threshold()) >= 0) {
          BigDecimal points = Points.clamp(max.multiply(band.fraction()), max);
          return new Suggestion(
              points,
              new MessageKey(
                  "rule.explain.band", value, band.threshold(), band.fraction(), max, points));
        }
      }
      BigDecimal lowest = bands.get(bands.size() - 1).threshold();
      return new Suggestion(
          Points.of(BigDecimal.ZERO), new MessageKey("rule.explain.band.below", value, lowest));
    }
  }

  /**
   * The max less a fixed amount per occurrence (a late report, a missed deadline), never below 0.
   */
  record Deduction(BigDecimal perOccurrence) implements ScoringRule {
    static Deduction parse(String text) {
      if (!text.startsWith("per=")) {
        throw new InvalidRuleException("rule.deduction.params", text);
      }
      BigDecimal per = number(text.substring(4), "rule.deduction.params");
      if (per.signum() <= 0) {
        throw new InvalidRuleException("rule.deduction.params", text);
      }
      return new Deduction(per);
    }

    @Override
    public RuleType type() {
      return RuleType.DEDUCTION;
    }

    @Override
    public String params() {
      return "per=" + plain(perOccurrence);
    }

    @Override
    public Suggestion suggest(BigDecimal input, BigDecimal max) {
      if (input == null || input.signum() < 0 || input.stripTrailingZeros().scale() > 0) {
        throw invalidInput("rule.deduction.input");
      }
      BigDecimal raw = max.subtract(perOccurrence.multiply(input));
      BigDecimal points = Points.clamp(raw, max);
      return new Suggestion(
          points,
          raw.signum() < 0
              ? new MessageKey("rule.explain.deduction.floor", max, input, perOccurrence)
              : new MessageKey("rule.explain.deduction", max, input, perOccurrence, points));
    }
  }

  /** Not self-scored: the points come from the sociological survey. */
  record Survey() implements ScoringRule {
    @Override
    public RuleType type() {
      return RuleType.SURVEY;
    }

    @Override
    public String params() {
      return "";
    }

    @Override
    public Suggestion suggest(BigDecimal input, BigDecimal max) {
      throw invalidInput("rule.survey.notSelfScored");
    }
  }
}
