package vn.parindex.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.MessageKey;

/** Each rule in words with the points it gives, never its parameter text. */
class RuleWordsTest {
  private static final BigDecimal TWO = new BigDecimal("2");

  @Test
  void bandsSayEachThresholdsPointsHighestFirstAndWhatLiesBelow() {
    List<MessageKey> words =
        RuleWords.of(ScoringRule.parse(RuleType.BANDS, "80:0.5;100:1;90:0.75"), TWO);
    assertEquals(
        List.of(
            new MessageKey("rule.words.band.first", new BigDecimal("100"), new BigDecimal("2.00")),
            new MessageKey("rule.words.band", new BigDecimal("90"), new BigDecimal("1.50")),
            new MessageKey("rule.words.band", new BigDecimal("80"), new BigDecimal("1.00")),
            new MessageKey("rule.words.band.below", new BigDecimal("80"))),
        words);
  }

  @Test
  void theOtherRulesSayTheirMaxAndStep() {
    assertEquals(
        List.of(new MessageKey("rule.words.manual", TWO, new BigDecimal("0.25"))),
        RuleWords.of(ScoringRule.parse(RuleType.MANUAL, "step=0.25"), TWO));
    assertEquals(
        List.of(new MessageKey("rule.words.binary", TWO)),
        RuleWords.of(ScoringRule.parse(RuleType.BINARY, ""), TWO));
    assertEquals(
        List.of(new MessageKey("rule.words.deduction", new BigDecimal("0.25"), TWO)),
        RuleWords.of(ScoringRule.parse(RuleType.DEDUCTION, "per=0.25"), TWO));
    assertEquals(
        List.of(new MessageKey("rule.words.proportional", TWO)),
        RuleWords.of(ScoringRule.parse(RuleType.PROPORTIONAL, ""), TWO));
    assertEquals(
        List.of(new MessageKey("rule.words.survey")),
        RuleWords.of(ScoringRule.parse(RuleType.SURVEY, ""), TWO));
  }
}
