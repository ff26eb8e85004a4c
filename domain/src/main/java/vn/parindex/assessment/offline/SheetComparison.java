package vn.parindex.assessment.offline;

import static vn.parindex.framework.Points.vietnamese;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.parindex.assessment.ScoreInput;
import vn.parindex.assessment.SelfScoring;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/**
 * Compares an uploaded sheet with the leaves as the site has them now. A row that differs becomes a
 * save of its leaf, checked as the leaf dialog checks it; a leaf whose version moved since the
 * download is a conflict, left as the site has it, for one person's work must not silently undo
 * another's. A rule-scored leaf takes its points from its input, as on the page: its self-score
 * cell is not for typing (an override needs a reason, given on the page).
 */
public final class SheetComparison {
  private final List<SheetChange> changes = new ArrayList<>();
  private final List<SheetEdit> edits = new ArrayList<>();
  private final List<SheetConflict> conflicts = new ArrayList<>();
  private final List<Violation> errors = new ArrayList<>();

  private SheetComparison() {}

  /** What {@code upload} would change among {@code leaves}; {@code reason} goes with each save. */
  public static SheetPreview compare(List<SheetLeaf> leaves, SheetUpload upload, String reason) {
    Map<String, SheetLeaf> byCode = new LinkedHashMap<>();
    leaves.forEach(leaf -> byCode.put(leaf.code(), leaf));
    SheetComparison comparison = new SheetComparison();
    comparison.errors.addAll(upload.structure());
    Set<String> seen = new HashSet<>();
    for (SheetRow row : upload.rows()) {
      if (row.blank()) {
        continue;
      }
      SheetLeaf leaf = row.code() == null ? null : byCode.get(row.code().strip());
      if (leaf == null) {
        comparison.error(row, SheetColumn.CODE, "sheet.code.unknown", Objects.toString(row.code()));
      } else if (!seen.add(leaf.code())) {
        comparison.error(row, SheetColumn.CODE, "sheet.code.duplicate", leaf.code());
      } else {
        comparison.row(leaf, row, reason);
      }
    }
    return new SheetPreview(
        comparison.changes, comparison.edits, comparison.conflicts, comparison.errors);
  }

  private void row(SheetLeaf leaf, SheetRow row, String reason) {
    int before = errors.size();
    BigDecimal value = number(row, SheetColumn.VALUE, row.value());
    BigDecimal typed = number(row, SheetColumn.SELF_SCORE, row.selfScore());
    String explanation = explanation(row);
    Long version = version(row);
    if (!leaf.ruleScored() && value != null) {
      error(row, SheetColumn.VALUE, "sheet.value.manual", leaf.code());
    }
    if (errors.size() > before) {
      return;
    }
    boolean valueChanged = leaf.ruleScored() && !same(value, leaf.value());
    boolean scoreChanged = !same(typed, leaf.selfScore());
    boolean textChanged = !Objects.equals(explanation, leaf.explanation());
    // A rule-scored leaf's points are not typed: a sheet read again after its save still shows the
    // points of before, which is no change of the unit's; points typed over the lock are refused.
    boolean sameVersion = Objects.equals(version, leaf.version());
    if (leaf.ruleScored() && scoreChanged && typed != null && sameVersion) {
      error(row, SheetColumn.SELF_SCORE, "sheet.selfScore.ruleScored", leaf.code());
      return;
    }
    boolean typedChanged = leaf.ruleScored() ? valueChanged : scoreChanged;
    if (!typedChanged && !textChanged) {
      return;
    }
    if (!sameVersion) {
      conflicts.add(new SheetConflict(row.number(), leaf.code(), version, leaf.version()));
      return;
    }
    ScoreInput input = input(leaf, value, typed, valueChanged, explanation, version, reason);
    edit(leaf, row, input, valueChanged, textChanged);
  }

  /** The save checked as the dialog checks it, and the cells it changes; or its errors. */
  private void edit(
      SheetLeaf leaf, SheetRow row, ScoreInput input, boolean valueChanged, boolean textChanged) {
    try {
      SelfScoring.Outcome outcome =
          SelfScoring.evaluate(
              leaf.rule(), leaf.max(), input.value(), input.selfScore(), input.overrideReason());
      edits.add(new SheetEdit(row.number(), leaf.subjectCode(), leaf.code(), input));
      if (valueChanged) {
        change(row, SheetColumn.VALUE, leaf, points(leaf.value()), points(outcome.value()));
      }
      if (!same(outcome.selfScore(), leaf.selfScore())) {
        change(
            row,
            SheetColumn.SELF_SCORE,
            leaf,
            points(leaf.selfScore()),
            points(outcome.selfScore()));
      }
      if (textChanged) {
        change(row, SheetColumn.EXPLANATION, leaf, leaf.explanation(), input.explanation());
      }
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> error(row, columnOf(v), v.messageKey(), v.arguments().toArray()));
    }
  }

  /**
   * The save the dialog would make. A rule-scored leaf whose input is unchanged keeps its points
   * and the reason of their override, so that a new explanation does not undo either.
   */
  private static ScoreInput input(
      SheetLeaf leaf,
      BigDecimal value,
      BigDecimal typed,
      boolean valueChanged,
      String explanation,
      Long version,
      String reason) {
    if (!leaf.ruleScored()) {
      return new ScoreInput(null, typed, explanation, version, reason, null);
    }
    if (valueChanged) {
      return new ScoreInput(value, null, explanation, version, reason, null);
    }
    return new ScoreInput(
        value, leaf.selfScore(), explanation, version, reason, leaf.overrideReason());
  }

  private BigDecimal number(SheetRow row, SheetColumn column, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String plain = text.strip();
    if (plain.indexOf('.') < 0) {
      plain = plain.replace(',', '.');
    }
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      error(row, column, "sheet.number", text);
      return null;
    }
  }

  private String explanation(SheetRow row) {
    try {
      return SelfScoring.explanation(row.explanation());
    } catch (InvalidInputException e) {
      e.violations()
          .forEach(
              v -> error(row, SheetColumn.EXPLANATION, v.messageKey(), v.arguments().toArray()));
      return null;
    }
  }

  private Long version(SheetRow row) {
    if (row.version() == null || row.version().isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(row.version().strip());
    } catch (NumberFormatException e) {
      error(row, SheetColumn.VERSION, "sheet.version", row.version());
      return null;
    }
  }

  private void change(
      SheetRow row, SheetColumn column, SheetLeaf leaf, String before, String after) {
    changes.add(new SheetChange(row.number(), column.letter(), leaf.code(), before, after));
  }

  private void error(SheetRow row, SheetColumn column, String key, Object... arguments) {
    errors.add(Violation.ofCell(row.number(), column.letter(), key, arguments));
  }

  private static SheetColumn columnOf(Violation violation) {
    return "value".equals(violation.field()) ? SheetColumn.VALUE : SheetColumn.SELF_SCORE;
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static String points(BigDecimal value) {
    return value == null ? null : vietnamese(value);
  }
}
