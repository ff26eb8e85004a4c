package vn.parindex.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JasperPrint;
import vn.parindex.reports.TableReport.Column;
import vn.parindex.reports.TableReport.Title;

/**
 * A unit's scorecard: every node of the framework — fields and criteria with the sums of their
 * leaves, then each leaf — with the self-score, the appraisal of each round, the points that count
 * and the appraiser's remark. For the province (PROVINCIAL campaigns) the Ministry's points take
 * the place of the rounds, beside the difference from the self-score.
 */
final class ScorecardDocument {
  private static final List<Column> INTERNAL =
      columns("Thẩm định lần 1", "Thẩm định lần 2", "Ý kiến thẩm định");
  private static final List<Column> PROVINCIAL =
      columns("Bộ Nội vụ thẩm định", "Chênh lệch", "Ghi chú");

  /**
   * A leaf of the unit: self-score, the first and second figure (rounds 1 and 2, or the Ministry's
   * points and the difference), the points that count (none when the leaf does not apply), the
   * remark.
   */
  record Leaf(
      String code,
      BigDecimal self,
      BigDecimal first,
      BigDecimal second,
      BigDecimal result,
      String remark) {}

  private final String unit;
  private final String campaign;
  private final boolean provincial;
  private final List<ReportNode> nodes;
  private final List<Leaf> leaves;

  ScorecardDocument(
      String unit, String campaign, boolean provincial, List<ReportNode> nodes, List<Leaf> leaves) {
    this.unit = unit;
    this.campaign = campaign;
    this.provincial = provincial;
    this.nodes = nodes;
    this.leaves = leaves;
  }

  private static List<Column> columns(String first, String second, String remark) {
    return List.of(
        new Column("code", "STT", 2, false),
        new Column("title", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", 7, false),
        new Column("max", "Điểm tối đa", 2, true),
        new Column("self", "Tự chấm", 2, true),
        new Column("first", first, 2, true),
        new Column("second", second, 2, true),
        new Column("final", "Kết quả", 2, true),
        new Column("remark", remark, 5, false));
  }

  JasperPrint part() {
    JasperPrint part =
        TableReport.fill(
            provincial ? "scorecard-provincial" : "scorecard",
            List.of(
                Title.heading("BẢNG ĐIỂM TỰ ĐÁNH GIÁ, THẨM ĐỊNH"),
                Title.plain(unit),
                Title.plain(campaign)),
            columns(),
            rows());
    part.setName("Bảng điểm");
    return part;
  }

  /** The table's columns: the rounds' or the Ministry's headings by the kind of campaign. */
  List<Column> columns() {
    return provincial ? PROVINCIAL : INTERNAL;
  }

  String unit() {
    return unit;
  }

  String campaign() {
    return campaign;
  }

  /** A row per node, a field's in bold, a node's figures the sums of its leaves'. */
  List<Map<String, ?>> rows() {
    Map<String, Leaf> byCode = new HashMap<>();
    Map<String, BigDecimal> self = new HashMap<>();
    Map<String, BigDecimal> first = new HashMap<>();
    Map<String, BigDecimal> second = new HashMap<>();
    Map<String, BigDecimal> result = new HashMap<>();
    for (Leaf l : leaves) {
      byCode.put(l.code(), l);
      self.put(l.code(), l.self());
      first.put(l.code(), l.first());
      second.put(l.code(), l.second());
      result.put(l.code(), l.result());
    }
    List<Map<String, ?>> rows = new ArrayList<>();
    for (ReportNode node : nodes) {
      Leaf leaf = byCode.get(node.code());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("code", node.code());
      row.put("title", node.title());
      row.put("max", node.max());
      row.put("self", node.sum(self));
      row.put("first", node.sum(first));
      row.put("second", node.sum(second));
      row.put("final", node.sum(result));
      row.put("remark", leaf == null ? "" : Objects.toString(leaf.remark(), ""));
      row.put(TableReport.BOLD, node.field());
      rows.add(row);
    }
    return rows;
  }
}
