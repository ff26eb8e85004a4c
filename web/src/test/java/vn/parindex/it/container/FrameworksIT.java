package vn.parindex.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.parindex.framework.DemoFramework;
import vn.parindex.framework.Framework;
import vn.parindex.framework.FrameworkHeader;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkService;
import vn.parindex.framework.FrameworkStatus;
import vn.parindex.framework.NodeRow;
import vn.parindex.framework.NodeSpec;
import vn.parindex.it.support.ContainerTest;
import vn.parindex.it.support.Deployments;
import vn.parindex.organisation.UnitKind;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.InvalidInputException;

/**
 * Frameworks through the real service, JPA and migrations, on H2 or on PostgreSQL: a large tree
 * survives storage unchanged, and the lifecycle rules hold.
 */
@ContainerTest
class FrameworksIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.realWar(FrameworksIT.class, AsAdmin.class);
  }

  @Inject FrameworkService frameworks;
  @Inject AsAdmin asAdmin;

  /** 8 fields of 20 points, 5 criteria each of 4 points, 4 sub-criteria each of 1 point. */
  private static List<NodeRow> largeTree() {
    List<NodeRow> rows = new ArrayList<>();
    int row = 2;
    for (int f = 1; f <= 8; f++) {
      rows.add(row(row++, "" + f, "", "Lĩnh vực " + f + " — cải cách, đổi mới", "20", "MIXED", ""));
      for (int c = 1; c <= 5; c++) {
        String criterion = f + "." + c;
        rows.add(row(row++, criterion, "" + f, "Tiêu chí " + criterion, "4", "SELF", ""));
        for (int s = 1; s <= 4; s++) {
          String rule = s == 1 ? "BINARY" : s == 2 ? "BANDS" : s == 3 ? "DEDUCTION" : "MANUAL";
          rows.add(
              row(
                  row++,
                  criterion + "." + s,
                  criterion,
                  "Tiêu chí thành phần " + criterion + "." + s + " (ủ, ộ, ế, ữ, đ)",
                  "1",
                  "SELF",
                  rule));
        }
      }
    }
    return rows;
  }

  private static NodeRow row(
      int row, String code, String parent, String name, String max, String method, String rule) {
    String params =
        switch (rule) {
          case "BANDS" -> "100:1;80:0.5";
          case "DEDUCTION" -> "per=0.25";
          case "MANUAL" -> "step=0.25";
          default -> "";
        };
    return NodeRow.of(
        row,
        List.of(
            code,
            parent,
            "",
            name,
            "",
            max,
            method,
            "",
            rule,
            params,
            "Hướng dẫn chấm " + code,
            "Tài liệu kiểm chứng " + code));
  }

  private static FrameworkHeader header(String code) {
    return new FrameworkHeader(
        code,
        "Bộ chỉ số các sở năm 2024",
        "15/2024/QĐ-UBND",
        null,
        "UBND tỉnh Hà Tĩnh",
        2024,
        null,
        UnitKind.DEPARTMENT,
        new BigDecimal("160"));
  }

  @Test
  void aTreeOfMoreThan200NodesIsStoredAndReadBackUnchanged() throws Exception {
    List<NodeRow> rows = largeTree();
    assertEquals(208, rows.size());
    FrameworkService.Imported imported =
        asAdmin.call(() -> frameworks.importTable(header("SO-2024"), rows));
    List<NodeSpec> expected = imported.framework().specs();

    Framework reloaded = asAdmin.call(() -> frameworks.get(imported.framework().getId()));
    assertEquals(208, reloaded.getNodes().size());
    assertEquals(expected, reloaded.specs());
    assertFalse(reloaded.isIncomplete());
    FrameworkNode last = reloaded.getNodes().get(207);
    assertEquals("8.5.4", last.getCode());
    assertEquals("Tiêu chí thành phần 8.5.4 (ủ, ộ, ế, ữ, đ)", last.getNameVi());
    assertEquals(new BigDecimal("1.00"), last.getMaxScore());
    assertEquals(
        List.of("1", "1.1", "1.1.1", "1.1.2"),
        reloaded.getNodes().subList(0, 4).stream().map(FrameworkNode::getCode).toList());
  }

  @Test
  void aPublishedFrameworkIsFrozenAndChangesByANewVersion() throws Exception {
    Framework draft =
        asAdmin.call(() -> frameworks.importTable(header("SO-2025"), largeTree())).framework();
    long id = draft.getId();
    FrameworkNode node = asAdmin.call(() -> frameworks.get(id)).node("1.1.4").orElseThrow();
    NodeRow renamed =
        NodeRow.of(
            0,
            List.of(
                "1.1.4", "", "", "Tên mới của 1.1.4", "", "1", "SELF", "", "MANUAL", "step=0.5"));
    asAdmin.call(() -> frameworks.editNode(id, renamed, node.getVersion()));
    assertThrows(
        ConflictException.class,
        () -> asAdmin.call(() -> frameworks.editNode(id, renamed, node.getVersion())),
        "a stale version is refused");
    assertEquals(
        "Tên mới của 1.1.4",
        asAdmin.call(() -> frameworks.get(id)).node("1.1.4").orElseThrow().getNameVi());

    Framework published = asAdmin.call(() -> frameworks.publish(id));
    assertEquals(FrameworkStatus.PUBLISHED, published.getStatus());
    long version = asAdmin.call(() -> frameworks.get(id)).node("1.1.4").orElseThrow().getVersion();
    assertThrows(
        ConflictException.class,
        () -> asAdmin.call(() -> frameworks.editNode(id, renamed, version)));
    assertThrows(
        ConflictException.class,
        () ->
            asAdmin.call(
                () -> {
                  frameworks.delete(id);
                  return null;
                }));

    Framework copy = asAdmin.call(() -> frameworks.copy(id, "SO-2026", 2026, 2030));
    assertEquals(FrameworkStatus.DRAFT, copy.getStatus());
    assertEquals(
        asAdmin.call(() -> frameworks.get(id)).specs(),
        asAdmin.call(() -> frameworks.get(copy.getId())).specs());
    asAdmin.call(
        () -> {
          frameworks.delete(copy.getId());
          return null;
        });
    assertTrue(
        asAdmin.call(frameworks::list).stream().noneMatch(f -> f.getCode().equals("SO-2026")));
  }

  @Test
  void anInvalidTableOrATakenCodeSavesNothing() throws Exception {
    List<NodeRow> rows = largeTree();
    rows.set(3, row(5, "1.1.2", "1.1", "Sai điểm", "1.005", "SELF", "BANDS"));
    InvalidInputException invalid =
        assertThrows(
            InvalidInputException.class,
            () -> asAdmin.call(() -> frameworks.importTable(header("SO-LOI"), rows)));
    assertEquals(5, invalid.violations().get(0).row());
    assertEquals("max_score", invalid.violations().get(0).column());
    assertThrows(
        ConflictException.class,
        () -> asAdmin.call(() -> frameworks.importTable(header(DemoFramework.CODE), largeTree())));
    assertTrue(
        asAdmin.call(frameworks::list).stream().noneMatch(f -> f.getCode().equals("SO-LOI")));
  }

  @Test
  void theSampleFrameworkIsSeededPublishedAndLabelled() throws Exception {
    Framework sample =
        asAdmin.call(frameworks::list).stream()
            .filter(f -> f.getCode().equals(DemoFramework.CODE))
            .findFirst()
            .orElseThrow();
    assertEquals(FrameworkStatus.PUBLISHED, sample.getStatus());
    assertEquals("Bộ chỉ số mẫu — không phải văn bản chính thức", sample.getNameVi());
    Framework tree = asAdmin.call(() -> frameworks.get(sample.getId()));
    for (String code :
        List.of(
            "1.4", "1.6", "1.7", "7.3.3", "7.3.7", "8.1", "8.2", "8.3.1", "8.3.3", "8.4", "8.5")) {
      assertTrue(tree.node(code).isPresent(), code);
    }
  }

  @Test
  void onlyCoordinatorsAndAdminsChangeFrameworks() {
    assertThrows(
        EJBAccessException.class, () -> frameworks.importTable(header("KHONG-QUYEN"), largeTree()));
  }
}
