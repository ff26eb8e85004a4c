package vn.parindex.framework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.parindex.organisation.UnitKind;

/** Small frameworks for the tests of what reads a tree: every leaf worth one point, self-scored. */
public final class SmallFrameworks {
  private SmallFrameworks() {}

  /** A self-scored node named {@code name}; {@code parent} null for a field. */
  public static NodeSpec node(String code, String parent, String name, boolean leaf) {
    return node(code, parent, name, Method.SELF, leaf);
  }

  /** A node named after its code, scored by {@code method}. */
  public static NodeSpec scoredBy(String code, String parent, Method method, boolean leaf) {
    return node(code, parent, "Tiêu chí " + code, method, leaf);
  }

  private static NodeSpec node(
      String code, String parent, String name, Method method, boolean leaf) {
    return new NodeSpec(
        code,
        parent,
        NodeKind.ofDepth(code.split("\\.").length),
        name,
        null,
        BigDecimal.ONE,
        method,
        null,
        null,
        null,
        null,
        null,
        leaf);
  }

  /** A departments' framework of 2024 made of {@code nodes}. */
  public static Framework of(List<NodeSpec> nodes) {
    Framework framework =
        new Framework(
            new FrameworkHeader(
                "SO-2024",
                "Bộ chỉ số",
                null,
                null,
                null,
                2024,
                null,
                UnitKind.DEPARTMENT,
                BigDecimal.valueOf(nodes.stream().filter(NodeSpec::leaf).count())),
            Instant.EPOCH);
    framework.replaceNodes(nodes, true);
    return framework;
  }
}
