package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.shared.MessageKey;

/**
 * A scoring rule said in words for the person who scores by it: "Từ 100% trở lên: 2 điểm; từ 80%: 1
 * điểm; dưới 80%: 0 điểm", never its parameter text "100:1;80:0.5". Each part is a message; the
 * page joins them.
 */
public final class RuleWords {
  private RuleWords() {}

  /** The rule of a leaf worth {@code max} points, in words. */
  public static List<MessageKey> of(ScoringRule rule, BigDecimal max) {
    if (rule instanceof ScoringRule.Manual manual) {
      return List.of(new MessageKey("rule.words.manual", max, manual.step()));
    }
    if (rule instanceof ScoringRule.Binary) {
      return List.of(new MessageKey("rule.words.binary", max));
    }
    if (rule instanceof ScoringRule.Proportional) {
      return List.of(new MessageKey("rule.words.proportional", max));
    }
    if (rule instanceof ScoringRule.Bands bands) {
      return bands(bands, max);
    }
    if (rule instanceof ScoringRule.Deduction deduction) {
      return List.of(new MessageKey("rule.words.deduction", deduction.perOccurrence(), max));
    }
    return List.of(new MessageKey("rule.words.survey"));
  }

  /** Highest threshold first, each with the points it gives, then what lies below the lowest. */
  private static List<MessageKey> bands(ScoringRule.Bands rule, BigDecimal max) {
    List<MessageKey> words = new ArrayList<>();
    List<ScoringRule.Bands.Band> bands = rule.bands();
    for (int i = 0; i < bands.size(); i++) {
      ScoringRule.Bands.Band band = bands.get(i);
      words.add(
          new MessageKey(
              i == 0 ? "rule.words.band.first" : "rule.words.band",
              band.threshold(),
              Points.of(max.multiply(band.fraction()))));
    }
    if (!bands.isEmpty()) {
      words.add(new MessageKey("rule.words.band.below", bands.get(bands.size() - 1).threshold()));
    }
    return words;
  }
}
