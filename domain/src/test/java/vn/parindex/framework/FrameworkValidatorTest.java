package vn.parindex.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkValidatorTest {
  private static final BigDecimal TEN = new BigDecimal("10");

  /** code, parent, level, name, max, method, notes, rule, params */
  private static NodeRow row(int n, String... c) {
    List<String> cells =
        new ArrayList<>(List.of(c[0], c[1], c[2], c[3], "", c[4], c[5], c[6], c[7], c[8]));
    return NodeRow.of(n, cells);
  }

  private static List<NodeRow> good() {
    return new ArrayList<>(
        List.of(
            row(2, "1", "", "1", "Lĩnh vực một", "6", "MIXED", "", "", ""),
            row(3, "1.1", "1", "2", "Tiêu chí", "4", "SELF", "", "BINARY", ""),
            row(4, "1.2", "1", "2", "Tiêu chí hai", "2", "SELF", "", "", ""),
            row(5, "2", "", "1", "Lĩnh vực hai", "4", "SURVEY", "", "", "")));
  }

  private static List<String> found(FrameworkValidator.Result result) {
    return result.findings().stream()
        .map(
            f ->
                f.severity().name().charAt(0)
                    + ":"
                    + f.row()
                    + ":"
                    + f.column()
                    + ":"
                    + f.messageKey())
        .toList();
  }

  @Test
  void aGoodTableHasNoFindingsAndDefaultsLeafRules() {
    FrameworkValidator.Result result = FrameworkValidator.validate(good(), TEN, true);
    assertEquals(List.of(), found(result));
    assertEquals(
        List.of("1", "1.1", "1.2", "2"), result.nodes().stream().map(NodeSpec::code).toList());
    assertEquals(RuleType.MANUAL, result.nodes().get(2).ruleType());
    assertEquals(RuleType.SURVEY, result.nodes().get(3).ruleType());
    assertEquals(null, result.nodes().get(0).ruleType());
    assertEquals(NodeKind.CRITERION, result.nodes().get(1).kind());
    assertTrue(result.nodes().get(1).leaf());
    assertFalse(result.nodes().get(0).leaf());
  }

  @Test
  void everyStructuralProblemIsReportedAtOnce() {
    List<NodeRow> rows = good();
    rows.add(row(6, "1.1", "1", "2", "Trùng mã", "1", "SELF", "", "", ""));
    rows.add(row(7, "1.x", "1", "2", "Mã sai", "1", "SELF", "", "", ""));
    rows.add(row(8, "3.1", "3", "2", "Không có cha", "1", "SELF", "", "", ""));
    rows.add(row(9, "2.1", "1", "2", "Cha sai", "1", "SURVEY", "", "", ""));
    rows.add(row(10, "2.2", "2", "3", "Cấp sai", "1", "SURVEY", "", "", ""));
    FrameworkValidator.Result result = FrameworkValidator.validate(rows, TEN, false);
    assertTrue(result.hasErrors());
    assertTrue(result.nodes().isEmpty(), "nothing is handed over for saving");
    assertEquals(
        List.of(
            "E:6:code:framework.code.duplicate",
            "E:7:code:framework.code.invalid",
            "E:8:parent_code:framework.parent.missing",
            "E:9:parent_code:framework.parent.mismatch",
            "E:10:level:framework.level.mismatch"),
        found(result).stream().filter(f -> f.startsWith("E")).toList());
  }

  @Test
  void pointsMustBePositiveWithTwoDecimalsAndSumUp() {
    List<NodeRow> rows = good();
    rows.set(1, row(3, "1.1", "1", "2", "Tiêu chí", "3", "SELF", "", "BINARY", ""));
    rows.add(row(6, "2.1", "2", "2", "Âm", "-1", "SURVEY", "", "", ""));
    rows.add(row(7, "2.2", "2", "2", "Ba số lẻ", "1.005", "SURVEY", "", "", ""));
    rows.add(row(8, "2.3", "2", "2", "Không là số", "mười", "SURVEY", "", "", ""));
    FrameworkValidator.Result result = FrameworkValidator.validate(rows, TEN, false);
    assertEquals(
        List.of(
            "E:2:max_score:framework.children.sum",
            "E:6:max_score:framework.max.invalid",
            "E:7:max_score:framework.max.invalid",
            "E:8:max_score:framework.max.invalid"),
        found(result).stream().filter(f -> f.startsWith("E")).toList());
  }

  @Test
  void aBrokenRowIsReportedOnceNotAgainAsAWrongSum() {
    List<NodeRow> rows = good();
    rows.set(2, row(4, "1.2", "1", "2", "Tiêu chí hai", "2O", "SELF", "", "", ""));
    FrameworkValidator.Result result = FrameworkValidator.validate(rows, TEN, false);
    assertEquals(List.of("E:4:max_score:framework.max.invalid"), found(result));
  }

  @Test
  void fieldsMustSumToTheTotal() {
    FrameworkValidator.Result result =
        FrameworkValidator.validate(good(), new BigDecimal("100"), false);
    assertEquals(List.of("E:null:max_score:framework.fields.sum"), found(result));
    assertEquals(List.of("10", "100"), result.findings().get(0).arguments());
  }

  @Test
  void sumsThatDoNotAddUpOnlyWarnWhileADraftIsEditedNodeByNode() {
    List<NodeRow> rows = good();
    rows.set(1, row(3, "1.1", "1", "2", "Tiêu chí", "3", "SELF", "", "BINARY", ""));
    FrameworkValidator.Result editing =
        FrameworkValidator.validate(rows, TEN, FrameworkValidator.Stage.EDIT);
    assertEquals(List.of("W:2:max_score:framework.children.sum"), found(editing));
    assertEquals(4, editing.nodes().size());
    assertTrue(
        FrameworkValidator.validate(rows, TEN, FrameworkValidator.Stage.PUBLISH).hasErrors());
  }

  @Test
  void rulesMustFitTheirNodes() {
    List<NodeRow> rows = good();
    rows.set(0, row(2, "1", "", "1", "Lĩnh vực một", "6", "MIXED", "", "MANUAL", ""));
    rows.set(1, row(3, "1.1", "1", "2", "Tiêu chí", "4", "SELF", "", "BANDS", "80:2"));
    rows.set(2, row(4, "1.2", "1", "2", "Tiêu chí hai", "2", "SELF", "", "SURVEY", ""));
    rows.set(3, row(5, "2", "", "1", "Lĩnh vực hai", "4", "SURVEY", "", "GUESS", ""));
    FrameworkValidator.Result result = FrameworkValidator.validate(rows, TEN, false);
    assertEquals(
        List.of(
            "E:2:rule:framework.rule.onBranch",
            "E:3:rule_params:rule.bands.range",
            "E:4:rule:framework.rule.surveyMismatch",
            "E:5:rule:framework.rule.unknown"),
        found(result));
  }

  @Test
  void missingTitlesPointsAndMethodsWarnInADraftAndBlockPublishing() {
    List<NodeRow> rows = good();
    rows.set(2, row(4, "1.2", "1", "2", "", "", "MIXED", "UNVERIFIED title", "", ""));
    FrameworkValidator.Result draft = FrameworkValidator.validate(rows, TEN, false);
    assertEquals(
        List.of(
            "W:4:name_vi:framework.title.missing",
            "W:4:max_score:framework.max.missing",
            "W:4:method:framework.method.mixedLeaf"),
        found(draft));
    assertEquals(4, draft.nodes().size());

    FrameworkValidator.Result publishing = FrameworkValidator.validate(rows, TEN, true);
    assertEquals(3, publishing.errors().size());

    rows.set(2, row(4, "1.2", "1", "2", "Chưa kiểm chứng", "2", "SELF", "UNVERIFIED", "", ""));
    FrameworkValidator.Result unverified = FrameworkValidator.validate(rows, TEN, true);
    assertEquals(List.of("W:4:name_vi:framework.title.unverified"), found(unverified));
    assertFalse(unverified.nodes().get(2).verified());
  }

  @Test
  void anEmptyTableOrABadTotalIsAnError() {
    assertEquals(
        List.of("E:null:total:framework.total.invalid", "E:null:null:framework.empty"),
        found(FrameworkValidator.validate(List.of(), BigDecimal.ZERO, false)));
  }
}
