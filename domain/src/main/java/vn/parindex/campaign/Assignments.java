package vn.parindex.campaign;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.parindex.framework.NodeCode;
import vn.parindex.shared.Violation;

/**
 * Who leads each leaf. A rule "scope → lead unit, except these codes" covers every leaf within its
 * scope but outside its exceptions; the most specific rule covering a leaf wins (a sub-criterion
 * over a criterion over a field). Two rules of the same depth naming different units are a
 * conflict; a leaf that no rule covers has no lead unit. Both are listed before a campaign opens.
 */
public final class Assignments {
  private Assignments() {}

  /** The lead unit and the units asked for evidence, for one leaf. */
  public record Assignment(String nodeCode, String leadUnitCode, List<String> coordinatingUnitCodes)
      implements Serializable {
    public Assignment {
      coordinatingUnitCodes = List.copyOf(coordinatingUnitCodes);
    }
  }

  /** The assignment of every leaf, and what stops it from being complete. */
  public record Result(List<Assignment> assignments, List<Violation> problems) {
    public Result {
      assignments = List.copyOf(assignments);
      problems = List.copyOf(problems);
    }

    public boolean complete() {
      return problems.isEmpty();
    }
  }

  /**
   * Checks that every code in the rules exists: scopes and exceptions in the framework (an
   * exception inside its scope), units among the active units. Located by row and column.
   */
  public static List<Violation> check(
      List<AssignmentRow> rows, Set<String> nodeCodes, Set<String> unitCodes) {
    List<Violation> problems = new ArrayList<>();
    for (AssignmentRow r : rows) {
      if (!nodeCodes.contains(r.scopeCode())) {
        problems.add(
            Violation.ofCell(r.row(), "scope_code", "assignment.scope.unknown", r.scopeCode()));
      }
      if (!unitCodes.contains(r.leadUnitCode())) {
        problems.add(
            Violation.ofCell(
                r.row(), "lead_unit_code", "assignment.unit.unknown", r.leadUnitCode()));
      }
      for (String except : r.exceptCodes()) {
        if (!nodeCodes.contains(except)
            || except.equals(r.scopeCode())
            || !NodeCode.isWithin(except, r.scopeCode())) {
          problems.add(
              Violation.ofCell(
                  r.row(), "except_codes", "assignment.except.invalid", except, r.scopeCode()));
        }
      }
      for (String unit : r.coordinatingUnitCodes()) {
        if (!unitCodes.contains(unit)) {
          problems.add(
              Violation.ofCell(
                  r.row(), "coordinating_unit_codes", "assignment.unit.unknown", unit));
        }
      }
    }
    return problems;
  }

  /** Resolves each leaf (in code order) to its lead unit, listing conflicts and gaps. */
  public static Result resolve(List<String> leaves, List<AssignmentRow> rows) {
    List<Assignment> assignments = new ArrayList<>();
    List<Violation> problems = new ArrayList<>();
    for (String leaf : leaves.stream().sorted(NodeCode.ORDER).toList()) {
      List<AssignmentRow> covering = rows.stream().filter(r -> covers(r, leaf)).toList();
      if (covering.isEmpty()) {
        problems.add(Violation.ofField("assignments", "assignment.unassigned", leaf));
        continue;
      }
      int depth =
          covering.stream().mapToInt(r -> NodeCode.depth(r.scopeCode())).max().orElseThrow();
      List<AssignmentRow> winners =
          covering.stream()
              .filter(r -> NodeCode.depth(r.scopeCode()) == depth)
              .sorted(Comparator.comparingInt(AssignmentRow::row))
              .toList();
      Set<String> leads = new TreeSet<>();
      winners.forEach(r -> leads.add(r.leadUnitCode()));
      if (leads.size() > 1) {
        problems.add(
            Violation.ofCell(
                winners.get(winners.size() - 1).row(),
                "lead_unit_code",
                "assignment.conflict",
                leaf,
                String.join(", ", leads)));
        continue;
      }
      Set<String> coordinating = new TreeSet<>();
      winners.forEach(r -> coordinating.addAll(r.coordinatingUnitCodes()));
      coordinating.remove(leads.iterator().next());
      assignments.add(new Assignment(leaf, leads.iterator().next(), new ArrayList<>(coordinating)));
    }
    return new Result(assignments, problems);
  }

  private static boolean covers(AssignmentRow rule, String leaf) {
    return NodeCode.isWithin(leaf, rule.scopeCode())
        && rule.exceptCodes().stream().noneMatch(e -> NodeCode.isWithin(leaf, e));
  }
}
