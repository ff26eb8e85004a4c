package vn.parindex.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.InvalidInputException;

class ScoringRuleTest {
  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static Suggestion suggest(RuleType type, String params, String input, String max) {
    return ScoringRule.parse(type, params).suggest(input == null ? null : d(input), d(max));
  }

  /**
   * What the explanation names: its message key and its figures. The sentences each language makes
   * of them are checked with the bundles, in the web module's DomainTextsTest.
   */
  private static String explained(Suggestion s) {
    return s.explanation().key()
        + s.explanation().arguments().stream()
            .map(a -> " " + ((BigDecimal) a).stripTrailingZeros().toPlainString())
            .collect(Collectors.joining());
  }

  private static String refusal(RuleType type, String params, String input, String max) {
    return assertThrows(InvalidInputException.class, () -> suggest(type, params, input, max))
        .violations()
        .get(0)
        .messageKey();
  }

  @Nested
  class Manual {
    @Test
    void acceptsScoresFromZeroToMaxOnTheStep() {
      assertEquals(d("0.00"), suggest(RuleType.MANUAL, "", "0", "2").points());
      assertEquals(d("2.00"), suggest(RuleType.MANUAL, "", "2", "2").points());
      assertEquals(d("1.25"), suggest(RuleType.MANUAL, "step=0.25", "1.25", "2").points());
      assertEquals(
          "rule.explain.manual 1.25 2",
          explained(suggest(RuleType.MANUAL, "step=0.25", "1.25", "2")));
    }

    @Test
    void refusesAboveMaxNegativeAndOffStep() {
      assertEquals("rule.manual.range", refusal(RuleType.MANUAL, "", "2.01", "2"));
      assertEquals("rule.manual.range", refusal(RuleType.MANUAL, "", "-0.5", "2"));
      assertEquals("rule.manual.step", refusal(RuleType.MANUAL, "step=0.25", "1.1", "2"));
      assertEquals("rule.manual.step", refusal(RuleType.MANUAL, "", "1.005", "2"));
      assertEquals("rule.input.required", refusal(RuleType.MANUAL, "", null, "2"));
    }
  }

  @Nested
  class Binary {
    @Test
    void achievedGivesMaxOtherwiseZero() {
      Suggestion yes = suggest(RuleType.BINARY, "", "1", "1.5");
      assertEquals(d("1.50"), yes.points());
      assertEquals("rule.explain.achieved 1.5", explained(yes));
      assertEquals(d("0.00"), suggest(RuleType.BINARY, "", "0", "1.5").points());
      assertEquals(
          "rule.explain.notAchieved 0", explained(suggest(RuleType.BINARY, "", "0", "1.5")));
    }

    @Test
    void refusesAnythingButZeroOrOne() {
      assertEquals("rule.binary.input", refusal(RuleType.BINARY, "", "2", "1"));
      assertEquals("rule.binary.input", refusal(RuleType.BINARY, "", "-1", "1"));
    }
  }

  @Nested
  class Proportional {
    @Test
    void satisfactionExampleOfTheMethodNotes() {
      Suggestion s = suggest(RuleType.PROPORTIONAL, "", "91.17", "10");
      assertEquals(d("9.12"), s.points());
      assertEquals("rule.explain.proportional 91.17 10 9.12", explained(s));
    }

    @Test
    void zeroAndHundredAreTheEnds() {
      assertEquals(d("0.00"), suggest(RuleType.PROPORTIONAL, "", "0", "10").points());
      assertEquals(d("10.00"), suggest(RuleType.PROPORTIONAL, "", "100", "10").points());
    }

    @Test
    void refusesPercentagesAboveHundred() {
      assertEquals("rule.percent.range", refusal(RuleType.PROPORTIONAL, "", "150", "10"));
      assertEquals("rule.percent.range", refusal(RuleType.PROPORTIONAL, "", "100.01", "10"));
    }

    @Test
    void roundsHalfUpAtTheThirdDecimal() {
      assertEquals(d("0.05"), suggest(RuleType.PROPORTIONAL, "", "0.45", "10").points());
      assertEquals(d("0.04"), suggest(RuleType.PROPORTIONAL, "", "0.449", "10").points());
      assertEquals(d("1.13"), suggest(RuleType.PROPORTIONAL, "", "75.5", "1.5").points());
    }

    @Test
    void refusesNegativePercentages() {
      assertEquals("rule.percent.range", refusal(RuleType.PROPORTIONAL, "", "-1", "10"));
    }
  }

  @Nested
  class Bands {
    private static final String PARAMS = "100:1;80:0.5";

    @Test
    void theFirstThresholdReachedApplies() {
      assertEquals(d("2.00"), suggest(RuleType.BANDS, PARAMS, "100", "2").points());
      Suggestion half = suggest(RuleType.BANDS, PARAMS, "85", "2");
      assertEquals(d("1.00"), half.points());
      assertEquals("rule.explain.band 85 80 0.5 2 1", explained(half));
      Suggestion none = suggest(RuleType.BANDS, PARAMS, "79.99", "2");
      assertEquals(d("0.00"), none.points());
      assertEquals("rule.explain.band.below 79.99 80", explained(none));
      assertEquals(d("0.00"), suggest(RuleType.BANDS, PARAMS, "0", "2").points());
    }

    @Test
    void roundsHalfUp() {
      assertEquals(d("0.63"), suggest(RuleType.BANDS, "90:0.25", "95", "2.5").points());
    }

    @Test
    void paramsAreCanonicalAndChecked() {
      assertEquals("100:1;80:0.5", ScoringRule.parse(RuleType.BANDS, "80:0.50; 100:1.0").params());
      assertThrows(InvalidRuleException.class, () -> ScoringRule.parse(RuleType.BANDS, ""));
      assertThrows(InvalidRuleException.class, () -> ScoringRule.parse(RuleType.BANDS, "80:1.5"));
      assertThrows(
          InvalidRuleException.class, () -> ScoringRule.parse(RuleType.BANDS, "80:1;80:0.5"));
      assertThrows(
          InvalidRuleException.class, () -> ScoringRule.parse(RuleType.BANDS, "tám mươi:1"));
      assertEquals("rule.percent.range", refusal(RuleType.BANDS, PARAMS, "-5", "2"));
      assertEquals("rule.percent.range", refusal(RuleType.BANDS, PARAMS, "150", "2"));
    }
  }

  @Nested
  class Deduction {
    @Test
    void deductsPerOccurrenceWithAFloorOfZero() {
      Suggestion s = suggest(RuleType.DEDUCTION, "per=0.25", "3", "1.5");
      assertEquals(d("0.75"), s.points());
      assertEquals("rule.explain.deduction 1.5 3 0.25 0.75", explained(s));
      assertEquals(d("1.50"), suggest(RuleType.DEDUCTION, "per=0.25", "0", "1.5").points());
      Suggestion floor = suggest(RuleType.DEDUCTION, "per=0.25", "10", "1.5");
      assertEquals(d("0.00"), floor.points());
      assertEquals("rule.explain.deduction.floor 1.5 10 0.25", explained(floor));
    }

    @Test
    void roundsHalfUp() {
      assertEquals(d("1.00"), suggest(RuleType.DEDUCTION, "per=0.335", "3", "2").points());
    }

    @Test
    void refusesNegativeOrFractionalCountsAndMissingParams() {
      assertEquals("rule.deduction.input", refusal(RuleType.DEDUCTION, "per=0.25", "-1", "1"));
      assertEquals("rule.deduction.input", refusal(RuleType.DEDUCTION, "per=0.25", "1.5", "1"));
      assertThrows(InvalidRuleException.class, () -> ScoringRule.parse(RuleType.DEDUCTION, ""));
      assertThrows(
          InvalidRuleException.class, () -> ScoringRule.parse(RuleType.DEDUCTION, "per=0"));
    }
  }

  @Test
  void surveyIsNeverSelfScored() {
    assertEquals("rule.survey.notSelfScored", refusal(RuleType.SURVEY, "", "5", "4"));
    assertThrows(InvalidRuleException.class, () -> ScoringRule.parse(RuleType.SURVEY, "x=1"));
  }
}
