package vn.parindex.assessment.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.framework.ScoringRule;
import vn.parindex.shared.Violation;

class SheetComparisonTest {
  private static final ScoringRule MANUAL = new ScoringRule.Manual(new BigDecimal("0.25"));
  private static final ScoringRule PERCENT = new ScoringRule.Proportional();

  static SheetLeaf leaf(
      String code, ScoringRule rule, String value, String score, String text, Long version) {
    return new SheetLeaf(
        "STP",
        code,
        "Tiêu chí " + code,
        new BigDecimal("2"),
        rule,
        List.of(),
        value == null ? null : new BigDecimal(value),
        score == null ? null : new BigDecimal(score),
        text,
        null,
        List.of(),
        version);
  }

  private static SheetPreview compare(List<SheetLeaf> leaves, SheetRow... rows) {
    return SheetComparison.compare(
        leaves, new SheetUpload(7L, "STP", List.of(rows), List.of()), "từ bảng tính");
  }

  @Test
  void aTypedScoreBecomesOneSaveWithItsChange() {
    SheetPreview preview =
        compare(
            List.of(leaf("1.1", MANUAL, null, null, null, null)),
            new SheetRow(3, "1.1", null, "1,5", "Đã ban hành kế hoạch", null));
    assertEquals(List.of(), preview.errors());
    assertEquals(1, preview.edits().size());
    SheetEdit edit = preview.edits().get(0);
    assertEquals("1.1", edit.code());
    assertEquals(0, new BigDecimal("1.5").compareTo(edit.input().selfScore()));
    assertEquals("từ bảng tính", edit.input().reason());
    assertEquals(
        List.of(
            new SheetChange(3, "F", "1.1", null, "1,5"),
            new SheetChange(3, "G", "1.1", null, "Đã ban hành kế hoạch")),
        preview.changes());
    assertTrue(preview.savable());
  }

  @Test
  void aRowAsTheSiteHasItChangesNothing() {
    SheetPreview preview =
        compare(
            List.of(leaf("1.1", MANUAL, null, "1.50", "Giải trình", 4L)),
            new SheetRow(3, "1.1", null, "1.5", "  Giải trình ", "4"));
    assertEquals(List.of(), preview.changes());
    assertEquals(List.of(), preview.edits());
    assertEquals(false, preview.savable());
  }

  @Test
  void aRuleScoredLeafTakesItsPointsFromItsInput() {
    SheetPreview preview =
        compare(
            List.of(leaf("2.1", PERCENT, "100", "2", null, 1L)),
            new SheetRow(4, "2.1", "50", "2", null, "1"));
    assertEquals(List.of(), preview.errors());
    assertEquals(
        List.of(
            new SheetChange(4, "E", "2.1", "100", "50"), new SheetChange(4, "F", "2.1", "2", "1")),
        preview.changes());
    assertNull(preview.edits().get(0).input().selfScore(), "the rule gives the points");
  }

  @Test
  void aNewExplanationKeepsAnOverriddenScoreAndItsReason() {
    SheetLeaf overridden =
        new SheetLeaf(
            "STP",
            "2.1",
            "t",
            new BigDecimal("2"),
            PERCENT,
            List.of(),
            new BigDecimal("50"),
            new BigDecimal("1.5"),
            null,
            "Sở đã làm thêm",
            List.of(),
            2L);
    SheetPreview preview =
        compare(List.of(overridden), new SheetRow(4, "2.1", "50", "1.5", "Thêm giải trình", "2"));
    assertEquals(List.of(), preview.errors());
    assertEquals(
        List.of(new SheetChange(4, "G", "2.1", null, "Thêm giải trình")), preview.changes());
    assertEquals("Sở đã làm thêm", preview.edits().get(0).input().overrideReason());
  }

  @Test
  void aLeafChangedOnTheSiteSinceTheDownloadIsAConflictNotASave() {
    SheetPreview preview =
        compare(
            List.of(leaf("1.1", MANUAL, null, "1", null, 5L)),
            new SheetRow(3, "1.1", null, "2", null, "4"));
    assertEquals(List.of(new SheetConflict(3, "1.1", 4L, 5L)), preview.conflicts());
    assertEquals(List.of(), preview.edits());
    assertEquals(List.of(), preview.errors());
  }

  @Test
  void aSheetReadAgainAfterItsSaveChangesNothingAndAMovedInputIsAConflict() {
    List<SheetLeaf> saved = List.of(leaf("2.1", PERCENT, "50", "1", null, 2L));
    SheetPreview again = compare(saved, new SheetRow(4, "2.1", "50", null, null, null));
    assertEquals(List.of(), again.changes());
    assertEquals(List.of(), again.conflicts(), "the points of before are not the unit's change");
    SheetPreview moved = compare(saved, new SheetRow(4, "2.1", "70", null, null, null));
    assertEquals(List.of(new SheetConflict(4, "2.1", null, 2L)), moved.conflicts());
    assertEquals(List.of(), moved.edits());
  }

  @Test
  void eachErrorIsNamedByItsRowAndColumn() {
    SheetPreview preview =
        compare(
            List.of(
                leaf("1.1", MANUAL, null, null, null, null),
                leaf("1.2", MANUAL, null, null, null, null),
                leaf("2.1", PERCENT, "80", "1.6", null, 1L)),
            new SheetRow(3, "1.1", null, "5", null, null),
            new SheetRow(4, "1.2", null, "hai", null, null),
            new SheetRow(5, "2.1", "80", "2", null, "1"),
            new SheetRow(6, "9.9", null, "1", null, null),
            new SheetRow(7, "1.1", null, "1", null, null),
            new SheetRow(8, "1.2", null, null, "x".repeat(4001), null));
    assertEquals(
        List.of(
            Violation.ofCell(3, "F", "assessment.selfScore.range", "2"),
            Violation.ofCell(4, "F", "sheet.number", "hai"),
            Violation.ofCell(5, "F", "sheet.selfScore.ruleScored", "2.1"),
            Violation.ofCell(6, "A", "sheet.code.unknown", "9.9"),
            Violation.ofCell(7, "A", "sheet.code.duplicate", "1.1")),
        preview.errors().subList(0, 5));
    assertEquals(Violation.ofCell(8, "A", "sheet.code.duplicate", "1.2"), preview.errors().get(5));
    assertEquals(false, preview.savable());
  }

  @Test
  void aValueOnAScoreTypedDirectlyIsRefused() {
    SheetPreview preview =
        compare(
            List.of(leaf("1.1", MANUAL, null, null, null, null)),
            new SheetRow(3, "1.1", "7", "1", "x\u0000y", null));
    assertEquals(
        List.of(
            Violation.ofCell(3, "G", "text.control"),
            Violation.ofCell(3, "E", "sheet.value.manual", "1.1")),
        preview.errors());
  }
}
