package vn.parindex.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.parindex.framework.adapter.FrameworkXlsx;
import vn.parindex.shared.InvalidInputException;

class FrameworkFilesTest {
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private static List<NodeRow> readResource(String name) throws IOException {
    try (Reader in =
        new InputStreamReader(
            FrameworkFilesTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
      return FrameworkCsv.read(in);
    }
  }

  private static List<NodeRow> export(List<NodeSpec> nodes) {
    return IntStream.range(0, nodes.size()).mapToObj(i -> nodes.get(i).toRow(i + 2)).toList();
  }

  @Test
  void theDemoFrameworkIsCompleteAndUsesEveryRule() throws IOException {
    FrameworkValidator.Result result =
        FrameworkValidator.validate(readResource("demo-framework.csv"), HUNDRED, true);
    assertEquals(List.of(), result.errors());
    List<NodeSpec> nodes = result.nodes();
    Set<String> codes = nodes.stream().map(NodeSpec::code).collect(Collectors.toSet());
    for (String named :
        List.of(
            "1.4", "1.6", "1.7", "7.3.3", "7.3.4", "7.3.5", "7.3.6", "7.3.7", "8.1", "8.2", "8.3.1",
            "8.3.2", "8.3.3", "8.4", "8.5")) {
      assertTrue(codes.contains(named), named);
    }
    assertEquals(
        EnumSet.allOf(RuleType.class),
        nodes.stream().filter(NodeSpec::leaf).map(NodeSpec::ruleType).collect(Collectors.toSet()));
    assertEquals(
        HUNDRED.setScale(2),
        nodes.stream()
            .filter(n -> n.kind() == NodeKind.FIELD)
            .map(NodeSpec::max)
            .reduce(BigDecimal.ZERO, BigDecimal::add));
    assertEquals(
        "Cải cách thể chế",
        nodes.stream().filter(n -> n.code().equals("2")).findFirst().orElseThrow().nameVi());
  }

  @Test
  void theShared2022FileImportsAsAnIncompleteDraft() throws IOException {
    List<NodeRow> rows = readResource("par-index-province-2022.csv");
    FrameworkValidator.Result result = FrameworkValidator.validate(rows, HUNDRED, false);
    assertEquals(List.of(), result.errors());
    assertEquals(rows.size(), result.nodes().size());
    long missingPoints =
        result.warnings().stream()
            .filter(f -> f.messageKey().equals("framework.max.missing"))
            .count();
    assertEquals(rows.size(), missingPoints, "a warning per missing point value");
    assertTrue(
        result.warnings().stream()
            .anyMatch(
                f -> f.code().equals("1.5") && f.messageKey().equals("framework.title.missing")));
    assertTrue(FrameworkValidator.validate(rows, HUNDRED, true).hasErrors(), "cannot be published");
  }

  @Test
  void csvExportThenImportGivesTheSameTree() throws IOException {
    List<NodeSpec> original =
        FrameworkValidator.validate(readResource("demo-framework.csv"), HUNDRED, false).nodes();
    StringWriter out = new StringWriter();
    FrameworkCsv.write(export(original), out);
    assertTrue(out.toString().startsWith("\uFEFFcode,parent_code,level,name_vi"));
    List<NodeSpec> again =
        FrameworkValidator.validate(
                FrameworkCsv.read(new StringReader(out.toString())), HUNDRED, false)
            .nodes();
    assertEquals(original, again);
  }

  @Test
  void xlsxExportThenImportGivesTheSameTree() throws IOException {
    List<NodeSpec> original =
        FrameworkValidator.validate(readResource("demo-framework.csv"), HUNDRED, false).nodes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FrameworkXlsx.write(export(original), out);
    List<NodeSpec> again =
        FrameworkValidator.validate(FrameworkFile.read(out.toByteArray()), HUNDRED, false).nodes();
    assertEquals(original, again);
  }

  @Test
  void theFileKindIsToldByContentNotByName() throws IOException {
    byte[] csv = FrameworkFilesTest.class.getResourceAsStream("demo-framework.csv").readAllBytes();
    assertEquals(readResource("demo-framework.csv"), FrameworkFile.read(csv));

    byte[] damagedZip = {'P', 'K', 3, 4, 0, 0, 0};
    InvalidInputException damaged =
        assertThrows(InvalidInputException.class, () -> FrameworkFile.read(damagedZip));
    assertEquals("framework.xlsx.unreadable", damaged.violations().get(0).messageKey());
  }

  @Test
  void malformedFilesAreRefusedWithTheirRow() {
    InvalidInputException header =
        assertThrows(
            InvalidInputException.class,
            () -> FrameworkCsv.read(new StringReader("ma,ten\n1,x\n")));
    assertEquals(1, header.violations().get(0).row());
    assertEquals("framework.file.header", header.violations().get(0).messageKey());

    String tooWide = String.join(",", NodeRow.COLUMNS.subList(0, 8)) + "\n1,,1,a,,1,SELF,n,extra\n";
    InvalidInputException wide =
        assertThrows(
            InvalidInputException.class, () -> FrameworkCsv.read(new StringReader(tooWide)));
    assertEquals(2, wide.violations().get(0).row());

    InvalidInputException notXlsx =
        assertThrows(
            InvalidInputException.class,
            () ->
                FrameworkXlsx.read(
                    new ByteArrayInputStream("not a workbook".getBytes(StandardCharsets.UTF_8))));
    assertEquals("framework.xlsx.unreadable", notXlsx.violations().get(0).messageKey());
  }

  @Test
  void unverifiedNodesStayMarkedThroughARoundTrip() throws IOException {
    List<NodeSpec> nodes =
        FrameworkValidator.validate(readResource("demo-framework.csv"), HUNDRED, false).nodes();
    assertTrue(nodes.stream().filter(n -> n.kind() == NodeKind.FIELD).allMatch(NodeSpec::verified));
    assertFalse(
        nodes.stream().filter(n -> n.code().equals("7.3.3")).findFirst().orElseThrow().verified());
  }
}
