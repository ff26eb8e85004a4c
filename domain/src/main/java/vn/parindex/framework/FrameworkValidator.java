package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.shared.Text;

/**
 * Checks a framework table and returns every problem at once. Errors: malformed or duplicate codes,
 * a parent that is missing or that the code does not extend, a level that does not match the code,
 * a max that is not a positive number with at most 2 decimals, children that do not sum to their
 * parent, fields that do not sum to the total, rule parameters that do not fit the rule. Warnings
 * while a draft, errors when publishing: missing titles, missing points, a leaf whose method is not
 * settled. Unverified titles stay warnings: the UI labels them.
 */
public final class FrameworkValidator {
  /** Whole-table findings first, then by row and by column as they stand in the file. */
  private static final Comparator<Finding> READING_ORDER =
      Comparator.comparing(Finding::row, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(f -> f.column() == null ? -1 : NodeRow.COLUMNS.indexOf(f.column()));

  private FrameworkValidator() {}

  /** The findings and, when there is no error, the nodes in code order. */
  public record Result(List<Finding> findings, List<NodeSpec> nodes) {
    public boolean hasErrors() {
      return findings.stream().anyMatch(Finding::isError);
    }

    public List<Finding> errors() {
      return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
      return findings.stream().filter(f -> !f.isError()).toList();
    }
  }

  /**
   * How strict a check is. An imported table must add up; a draft being edited node by node may not
   * add up until the last edit (a leaf's points change before its parent's); a framework being
   * published must be complete.
   */
  public enum Stage {
    IMPORT,
    EDIT,
    PUBLISH
  }

  public static Result validate(List<NodeRow> rows, BigDecimal total, boolean publishing) {
    return validate(rows, total, publishing ? Stage.PUBLISH : Stage.IMPORT);
  }

  public static Result validate(List<NodeRow> rows, BigDecimal total, Stage stage) {
    boolean publishing = stage == Stage.PUBLISH;
    List<Finding> findings = new ArrayList<>();
    if (total == null || total.signum() <= 0 || total.scale() > Points.SCALE) {
      findings.add(Finding.error(null, "total", "framework.total.invalid"));
    }
    if (rows.isEmpty()) {
      findings.add(Finding.error(null, null, "framework.empty"));
      return new Result(findings, List.of());
    }
    Map<String, NodeRow> byCode = new LinkedHashMap<>();
    for (NodeRow row : rows) {
      if (!NodeCode.isValid(row.code())) {
        findings.add(Finding.error(row, "code", "framework.code.invalid", row.code()));
      } else if (byCode.putIfAbsent(row.code(), row) != null) {
        findings.add(Finding.error(row, "code", "framework.code.duplicate", row.code()));
      }
    }
    Set<String> parents = new HashSet<>();
    byCode
        .keySet()
        .forEach(
            code -> {
              String parent = NodeCode.parentOf(code);
              if (parent != null) {
                parents.add(parent);
              }
            });

    Map<String, NodeSpec> specs = new LinkedHashMap<>();
    for (NodeRow row : byCode.values()) {
      NodeSpec spec = node(row, byCode, !parents.contains(row.code()), publishing, findings);
      if (spec != null) {
        specs.put(spec.code(), spec);
      }
    }
    checkSums(specs, byCode, total, stage == Stage.EDIT, findings);

    List<NodeSpec> ordered = new ArrayList<>(specs.values());
    ordered.sort((a, b) -> NodeCode.ORDER.compare(a.code(), b.code()));
    findings.sort(READING_ORDER);
    boolean errors = findings.stream().anyMatch(Finding::isError);
    return new Result(findings, errors ? List.of() : ordered);
  }

  private static NodeSpec node(
      NodeRow row,
      Map<String, NodeRow> byCode,
      boolean leaf,
      boolean publishing,
      List<Finding> findings) {
    int before = errorCount(findings);
    // Missing data (title, points, method) never makes a node unusable for the sum checks.
    List<Finding> missing = new ArrayList<>();
    String code = row.code();
    int depth = NodeCode.depth(code);
    String expectedParent = checkPlace(row, byCode, depth, findings);
    String nameVi = Text.nfc(row.nameVi());
    if (nameVi == null) {
      missing.add(severity(publishing, row, "name_vi", "framework.title.missing"));
    } else if (row.notes().contains(NodeRow.UNVERIFIED)) {
      findings.add(Finding.warning(row, "name_vi", "framework.title.unverified"));
    }
    BigDecimal max = null;
    if (row.maxScore().isEmpty()) {
      missing.add(severity(publishing, row, "max_score", "framework.max.missing"));
    } else {
      max = max(row, findings);
    }
    Method method = method(row, findings);
    if (leaf && method == Method.MIXED) {
      missing.add(severity(publishing, row, "method", "framework.method.mixedLeaf"));
    }
    RuleType ruleType = null;
    String ruleParams = "";
    if (!leaf) {
      if (!row.rule().isEmpty() || !row.ruleParams().isEmpty()) {
        findings.add(Finding.error(row, "rule", "framework.rule.onBranch"));
      }
    } else {
      ruleType = ruleType(row, method, findings);
      ruleParams = ruleType == null ? "" : ruleParams(row, method, ruleType, findings);
    }
    boolean broken = errorCount(findings) > before;
    findings.addAll(missing);
    if (broken) {
      return null;
    }
    return new NodeSpec(
        code,
        expectedParent,
        NodeKind.ofDepth(depth),
        nameVi,
        Text.nfc(row.nameEn()),
        max,
        method,
        Text.nfc(row.notes()),
        ruleType,
        ruleParams,
        Text.nfc(row.scoringGuidance()),
        Text.nfc(row.evidenceGuidance()),
        leaf);
  }

  /** The level and parent the code implies; gives the parent's code. */
  private static String checkPlace(
      NodeRow row, Map<String, NodeRow> byCode, int depth, List<Finding> findings) {
    if (!row.level().isEmpty() && !row.level().equals(String.valueOf(depth))) {
      findings.add(Finding.error(row, "level", "framework.level.mismatch", row.level(), depth));
    }
    String expectedParent = NodeCode.parentOf(row.code());
    String givenParent = row.parentCode().isEmpty() ? null : row.parentCode();
    if (expectedParent == null ? givenParent != null : !expectedParent.equals(givenParent)) {
      findings.add(
          Finding.error(
              row,
              "parent_code",
              "framework.parent.mismatch",
              givenParent == null ? "" : givenParent,
              expectedParent == null ? "" : expectedParent));
    } else if (expectedParent != null && !byCode.containsKey(expectedParent)) {
      findings.add(Finding.error(row, "parent_code", "framework.parent.missing", expectedParent));
    }
    return expectedParent;
  }

  /** The points of a row that gives them: positive, at most {@link Points#SCALE} places. */
  private static BigDecimal max(NodeRow row, List<Finding> findings) {
    try {
      BigDecimal max = new BigDecimal(row.maxScore());
      if (max.signum() > 0 && max.stripTrailingZeros().scale() <= Points.SCALE) {
        return Points.of(max);
      }
    } catch (NumberFormatException e) {
      // Told below, as for a number out of range.
    }
    findings.add(Finding.error(row, "max_score", "framework.max.invalid", row.maxScore()));
    return null;
  }

  private static Method method(NodeRow row, List<Finding> findings) {
    if (row.method().isEmpty()) {
      return Method.SELF;
    }
    try {
      return Method.valueOf(row.method());
    } catch (IllegalArgumentException e) {
      findings.add(Finding.error(row, "method", "framework.method.invalid", row.method()));
      return Method.SELF;
    }
  }

  /** A leaf's rule: as named, else MANUAL (SURVEY for a survey leaf); null when unknown. */
  private static RuleType ruleType(NodeRow row, Method method, List<Finding> findings) {
    if (row.rule().isEmpty()) {
      return method == Method.SURVEY ? RuleType.SURVEY : RuleType.MANUAL;
    }
    try {
      return RuleType.valueOf(row.rule());
    } catch (IllegalArgumentException e) {
      findings.add(Finding.error(row, "rule", "framework.rule.unknown", row.rule()));
      return null;
    }
  }

  /** The rule's parameters as the rule writes them, checked against the leaf's method. */
  private static String ruleParams(
      NodeRow row, Method method, RuleType ruleType, List<Finding> findings) {
    if ((method == Method.SURVEY) != (ruleType == RuleType.SURVEY)) {
      findings.add(Finding.error(row, "rule", "framework.rule.surveyMismatch"));
    }
    try {
      return ScoringRule.parse(ruleType, row.ruleParams()).params();
    } catch (InvalidRuleException e) {
      findings.add(Finding.error(row, "rule_params", e.messageKey(), e.arguments()));
      return "";
    }
  }

  private static void checkSums(
      Map<String, NodeSpec> specs,
      Map<String, NodeRow> rows,
      BigDecimal total,
      boolean warnOnly,
      List<Finding> findings) {
    Map<String, List<NodeSpec>> children = new HashMap<>();
    for (NodeSpec spec : specs.values()) {
      String parent = spec.parentCode() == null ? "" : spec.parentCode();
      children.computeIfAbsent(parent, k -> new ArrayList<>()).add(spec);
    }
    // A sibling already reported as broken would only repeat its error as a wrong sum.
    Set<String> withBrokenChild = new HashSet<>();
    for (String code : rows.keySet()) {
      if (!specs.containsKey(code)) {
        String parent = NodeCode.parentOf(code);
        withBrokenChild.add(parent == null ? "" : parent);
      }
    }
    for (Map.Entry<String, List<NodeSpec>> group : children.entrySet()) {
      List<NodeSpec> siblings = group.getValue();
      if (withBrokenChild.contains(group.getKey())
          || siblings.stream().anyMatch(s -> s.max() == null)) {
        continue;
      }
      BigDecimal sum =
          siblings.stream().map(NodeSpec::max).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (group.getKey().isEmpty()) {
        if (total != null && total.signum() > 0 && sum.compareTo(total) != 0) {
          findings.add(
              sumFinding(
                  warnOnly,
                  null,
                  "framework.fields.sum",
                  Points.vietnamese(sum),
                  Points.vietnamese(total)));
        }
      } else {
        NodeSpec parent = specs.get(group.getKey());
        if (parent != null && parent.max() != null && sum.compareTo(parent.max()) != 0) {
          findings.add(
              sumFinding(
                  warnOnly,
                  rows.get(parent.code()),
                  "framework.children.sum",
                  parent.code(),
                  Points.vietnamese(sum),
                  Points.vietnamese(parent.max())));
        }
      }
    }
  }

  private static Finding sumFinding(
      boolean warnOnly, NodeRow row, String key, Object... arguments) {
    return warnOnly
        ? Finding.warning(row, "max_score", key, arguments)
        : Finding.error(row, "max_score", key, arguments);
  }

  private static Finding severity(boolean publishing, NodeRow row, String column, String key) {
    return publishing ? Finding.error(row, column, key) : Finding.warning(row, column, key);
  }

  private static int errorCount(List<Finding> findings) {
    return (int) findings.stream().filter(Finding::isError).count();
  }
}
