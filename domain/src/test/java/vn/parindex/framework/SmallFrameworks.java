package vn.parindex.framework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.parindex.organisation.UnitKind;

/** Small frameworks for the tests of what reads a tree: every leaf worth one point, self-scored. */
public final class SmallFrameworks {
  private SmallFrameworks() {}

  /** A node named {@code name}; {@code parent} null for a field. */
  public static NodeSpec node(String code, String parent, String name, boolean leaf) {
    return new NodeSpec(
        code,
        parent,
        NodeKind.ofDepth(code.split("\\.").length),
        name,
        null,
        BigDecimal.ONE,
        Method.SELF,
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
