package vn.parindex.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.framework.RuleType;
import vn.parindex.framework.ScoringRule;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

class SelfScoringTest {
  private static final BigDecimal FOUR = new BigDecimal("4");

  private static List<String> problems(Runnable entry) {
    InvalidInputException e = assertThrows(InvalidInputException.class, entry::run);
    return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
  }

  @Test
  void aRuleTurnsTheInputIntoTheSelfScoreWhenNoneIsTyped() {
    SelfScoring.Outcome outcome =
        SelfScoring.evaluate(
            ScoringRule.parse(RuleType.PROPORTIONAL, ""), FOUR, new BigDecimal("91.17"), null);
    assertEquals(new BigDecimal("3.65"), outcome.suggested());
    assertEquals(new BigDecimal("3.65"), outcome.selfScore());
    assertEquals("rule.explain.proportional", outcome.ruleExplanation().key());
    assertEquals(
        List.of("91.17", "4", "3.65"),
        outcome.ruleExplanation().arguments().stream()
            .map(a -> ((BigDecimal) a).stripTrailingZeros().toPlainString())
            .toList(),
        "the sentence itself is DomainTextsTest's");
  }

  @Test
  void aTypedScoreThatContradictsTheRuleIsRefusedWithBothFigures() {
    ScoringRule bands = ScoringRule.parse(RuleType.BANDS, "100:1;80:0.5");
    BigDecimal three = new BigDecimal("3");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> SelfScoring.evaluate(bands, three, new BigDecimal("95"), three, null));
    Violation v = e.violations().get(0);
    assertEquals(
        "overrideReason:assessment.override.reasonRequired", v.field() + ":" + v.messageKey());
    assertEquals(List.of("3", "1,5"), v.arguments());
    assertEquals(
        List.of("overrideReason:assessment.override.reasonRequired"),
        problems(() -> SelfScoring.evaluate(bands, three, new BigDecimal("95"), three, "  ")));
  }

  @Test
  void anOverrideWithAReasonIsKeptAsSuch() {
    SelfScoring.Outcome outcome =
        SelfScoring.evaluate(
            ScoringRule.parse(RuleType.BANDS, "100:1;80:0.5"),
            FOUR,
            new BigDecimal("85"),
            new BigDecimal("2.5"),
            " Số liệu của Cục Thống kê khác số liệu tự tính ");
    assertEquals(new BigDecimal("2.00"), outcome.suggested());
    assertEquals(new BigDecimal("2.50"), outcome.selfScore());
    assertTrue(outcome.overridden());
    assertEquals("Số liệu của Cục Thống kê khác số liệu tự tính", outcome.overrideReason());
    assertEquals(
        List.of("overrideReason:assessment.override.tooLong"),
        problems(
            () ->
                SelfScoring.evaluate(
                    ScoringRule.parse(RuleType.BANDS, "100:1;80:0.5"),
                    FOUR,
                    new BigDecimal("85"),
                    new BigDecimal("2.5"),
                    "x".repeat(2001))));
    assertEquals(
        List.of("overrideReason:assessment.override.tooLong"),
        problems(
            () ->
                SelfScoring.evaluate(
                    ScoringRule.parse(RuleType.BANDS, "100:1;80:0.5"),
                    FOUR,
                    new BigDecimal("85"),
                    new BigDecimal("2.5"),
                    "Lý do\u0000")));
  }

  @Test
  void aTypedScoreEqualToTheRuleIsNoOverride() {
    SelfScoring.Outcome outcome =
        SelfScoring.evaluate(
            ScoringRule.parse(RuleType.BANDS, "100:1;80:0.5"),
            new BigDecimal("3"),
            new BigDecimal("95"),
            new BigDecimal("1.5"),
            "not needed");
    assertEquals(new BigDecimal("1.50"), outcome.selfScore());
    assertFalse(outcome.overridden());
  }

  @Test
  void aTypedScoreWithoutTheRuleInputNeedsAReason() {
    ScoringRule binary = ScoringRule.parse(RuleType.BINARY, "");
    assertEquals(
        List.of("overrideReason:assessment.override.noValue"),
        problems(() -> SelfScoring.evaluate(binary, FOUR, null, FOUR, null)));
    assertTrue(SelfScoring.evaluate(binary, FOUR, null, FOUR, "Đạt theo kết luận").overridden());
  }

  @Test
  void aManualScoreKeepsToItsStepAndMax() {
    ScoringRule quarter = ScoringRule.parse(RuleType.MANUAL, "step=0.25");
    assertEquals(
        new BigDecimal("0.75"),
        SelfScoring.evaluate(quarter, BigDecimal.ONE, null, new BigDecimal("0.75")).selfScore());
    assertNull(SelfScoring.evaluate(quarter, BigDecimal.ONE, null, BigDecimal.ONE).suggested());
    assertEquals(
        List.of("selfScore:assessment.selfScore.step"),
        problems(() -> SelfScoring.evaluate(quarter, BigDecimal.ONE, null, new BigDecimal("0.3"))));
    assertEquals(
        List.of("selfScore:assessment.selfScore.range"),
        problems(
            () -> SelfScoring.evaluate(quarter, BigDecimal.ONE, null, new BigDecimal("1.25"))));
    assertEquals(
        List.of("selfScore:assessment.selfScore.range"),
        problems(
            () -> SelfScoring.evaluate(quarter, BigDecimal.ONE, null, new BigDecimal("-0.25"))));
  }

  @Test
  void everyProblemOfOneEntryIsReportedAtOnce() {
    assertEquals(
        List.of("value:rule.binary.input"),
        problems(
            () ->
                SelfScoring.evaluate(
                    ScoringRule.parse(RuleType.BINARY, ""), FOUR, new BigDecimal("2"), null)));
    assertEquals(
        List.of(
            "overrideReason:assessment.override.noValue", "selfScore:assessment.selfScore.step"),
        problems(
            () ->
                SelfScoring.evaluate(
                    ScoringRule.parse(RuleType.BINARY, ""), FOUR, null, new BigDecimal("1.005"))));
  }

  @Test
  void aSurveyLeafIsNotSelfScored() {
    List<Violation> violations =
        assertThrows(
                InvalidInputException.class,
                () ->
                    SelfScoring.evaluate(
                        ScoringRule.parse(RuleType.SURVEY, ""), FOUR, null, BigDecimal.ONE))
            .violations();
    assertEquals("rule.survey.notSelfScored", violations.get(0).messageKey());
  }
}
