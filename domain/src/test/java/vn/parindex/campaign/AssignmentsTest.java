package vn.parindex.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.parindex.framework.FrameworkCsv;
import vn.parindex.framework.FrameworkValidator;
import vn.parindex.framework.Method;
import vn.parindex.framework.NodeSpec;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/** The 2022 assignment of dispatch 6926/UBND-NC resolved on the sample framework. */
class AssignmentsTest {
  private static final Set<String> UNITS =
      Set.of("SNV", "STP", "VPUBND", "STC", "STTTT", "SKHDT", "CT", "SKHCN", "HCX");

  private static List<NodeSpec> demo() throws IOException {
    try (Reader in =
        new InputStreamReader(
            FrameworkCsv.class.getResourceAsStream("demo-framework.csv"), StandardCharsets.UTF_8)) {
      return FrameworkValidator.validate(FrameworkCsv.read(in), new BigDecimal("100"), true)
          .nodes();
    }
  }

  private static List<String> selfLeaves(List<NodeSpec> nodes) {
    return nodes.stream()
        .filter(n -> n.leaf() && n.method() == Method.SELF)
        .map(NodeSpec::code)
        .toList();
  }

  private static List<AssignmentRow> shared2022() throws IOException {
    try (Reader in =
        new InputStreamReader(
            AssignmentsTest.class.getResourceAsStream("assignment-hatinh-2022.csv"),
            StandardCharsets.UTF_8)) {
      return AssignmentCsv.read(in);
    }
  }

  private static Map<String, String> leads(Assignments.Result result) {
    return result.assignments().stream()
        .collect(
            Collectors.toMap(
                Assignments.Assignment::nodeCode, Assignments.Assignment::leadUnitCode));
  }

  @Test
  void theDispatchAssignmentGivesEveryLeafExactlyOneLeadUnit() throws IOException {
    List<NodeSpec> nodes = demo();
    List<AssignmentRow> rules = shared2022();
    Set<String> codes = nodes.stream().map(NodeSpec::code).collect(Collectors.toSet());
    assertEquals(List.of(), Assignments.check(rules, codes, UNITS));

    Assignments.Result result = Assignments.resolve(selfLeaves(nodes), rules);
    assertEquals(List.of(), result.problems());
    assertTrue(result.complete());
    Map<String, String> lead = leads(result);
    assertEquals(selfLeaves(nodes).size(), lead.size());

    for (String code : lead.keySet()) {
      String expected;
      if (code.startsWith("1.4")) {
        expected = "STTTT";
      } else if (code.startsWith("1.6") || code.startsWith("1.7")) {
        expected = "VPUBND";
      } else if (code.startsWith("1.") || code.startsWith("4.") || code.startsWith("5.")) {
        expected = "SNV";
      } else if (code.startsWith("2.")) {
        expected = "STP";
      } else if (code.startsWith("3.") || code.startsWith("8.1")) {
        expected = "VPUBND";
      } else if (code.startsWith("6.")) {
        expected = "STC";
      } else if (code.matches("7\\.3\\.[3-7]")) {
        expected = "VPUBND";
      } else if (code.startsWith("7.")) {
        expected = "STTTT";
      } else if (code.equals("8.3.3") || code.equals("8.4")) {
        expected = "CT";
      } else {
        expected = "SKHDT";
      }
      assertEquals(expected, lead.get(code), code);
    }
    assertEquals("SNV", lead.get("1.1.1"));
    assertEquals("STTTT", lead.get("7.3.2"));
    assertEquals("VPUBND", lead.get("7.3.7"));
    assertEquals("SKHDT", lead.get("8.5"));
    assertTrue(!lead.containsKey("5.3"), "a survey leaf has no lead unit");
  }

  @Test
  void rulesOfTheSameDepthNamingDifferentUnitsConflict() throws IOException {
    List<AssignmentRow> rules = new ArrayList<>(shared2022());
    rules.add(new AssignmentRow(24, "2", "SNV", List.of(), List.of()));
    Assignments.Result result = Assignments.resolve(selfLeaves(demo()), rules);
    List<Violation> conflicts = result.problems();
    assertEquals(4, conflicts.size());
    Violation first = conflicts.get(0);
    assertEquals("assignment.conflict", first.messageKey());
    assertEquals(24, first.row());
    assertEquals(List.of("2.1.1", "SNV, STP"), first.arguments());
  }

  @Test
  void leavesThatNoRuleCoversAreListed() throws IOException {
    List<AssignmentRow> rules =
        shared2022().stream().filter(r -> !r.scopeCode().equals("3")).toList();
    Assignments.Result result = Assignments.resolve(selfLeaves(demo()), rules);
    assertEquals(
        List.of("3.1", "3.2.1", "3.2.2", "3.3"),
        result.problems().stream().map(v -> v.arguments().get(0)).toList());
    assertTrue(
        result.problems().stream().allMatch(v -> v.messageKey().equals("assignment.unassigned")));
  }

  @Test
  void anExceptionWithNoRuleOfItsOwnLeavesAGap() throws IOException {
    List<AssignmentRow> rules =
        shared2022().stream().filter(r -> !r.scopeCode().equals("1.4")).toList();
    Assignments.Result result = Assignments.resolve(selfLeaves(demo()), rules);
    assertEquals(
        List.of("1.4"), result.problems().stream().map(v -> v.arguments().get(0)).toList());
  }

  @Test
  void coordinatingUnitsComeWithTheWinningRuleAndNeverIncludeTheLead() {
    List<AssignmentRow> rules =
        List.of(
            new AssignmentRow(2, "7", "STTTT", List.of(), List.of("HCX", "STTTT")),
            new AssignmentRow(3, "7.3", "VPUBND", List.of(), List.of("SKHCN")));
    Assignments.Result result = Assignments.resolve(List.of("7.1", "7.3.1"), rules);
    assertEquals(
        List.of(
            new Assignments.Assignment("7.1", "STTTT", List.of("HCX")),
            new Assignments.Assignment("7.3.1", "VPUBND", List.of("SKHCN"))),
        result.assignments());
  }

  @Test
  void unknownCodesAndBadExceptionsAreLocatedByRowAndColumn() {
    List<AssignmentRow> rules =
        List.of(
            new AssignmentRow(2, "9", "SNV", List.of(), List.of()),
            new AssignmentRow(3, "1", "SXYZ", List.of("2.1", "1.4"), List.of("KHONGCO")));
    List<String> found =
        Assignments.check(rules, Set.of("1", "1.4", "2", "2.1"), UNITS).stream()
            .map(v -> v.row() + ":" + v.column() + ":" + v.messageKey())
            .toList();
    assertEquals(
        List.of(
            "2:scope_code:assignment.scope.unknown",
            "3:lead_unit_code:assignment.unit.unknown",
            "3:except_codes:assignment.except.invalid",
            "3:coordinating_unit_codes:assignment.unit.unknown"),
        found);
  }

  @Test
  void aMalformedFileIsRefusedWithItsRows() {
    InvalidInputException header =
        assertThrows(
            InvalidInputException.class, () -> AssignmentCsv.read(new StringReader("a,b\n")));
    assertEquals("assignment.file.header", header.violations().get(0).messageKey());
    InvalidInputException rows =
        assertThrows(
            InvalidInputException.class,
            () ->
                AssignmentCsv.read(
                    new StringReader(
                        "scope_code,scope_kind,lead_unit_code,except_codes,source\n"
                            + "1.x,FIELD,SNV,,\n"
                            + "7.3,FIELD,,,\n")));
    assertEquals(
        List.of(
            "2:scope_code:framework.code.invalid",
            "3:scope_kind:assignment.kind.mismatch",
            "3:lead_unit_code:assignment.lead.required"),
        rows.violations().stream()
            .map(v -> v.row() + ":" + v.column() + ":" + v.messageKey())
            .toList());
  }

  @Test
  void writtenRulesReadBackTheSame() throws IOException {
    List<AssignmentRow> rules = shared2022();
    List<AssignmentRow> again = AssignmentCsv.read(new StringReader(AssignmentCsv.write(rules)));
    assertEquals(rules, again);
  }
}
