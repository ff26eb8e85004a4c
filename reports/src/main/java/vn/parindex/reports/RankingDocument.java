package vn.parindex.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;
import vn.parindex.framework.NodeCode;
import vn.parindex.organisation.UnitKind;
import vn.parindex.ranking.Result;
import vn.parindex.reports.TableReport.Column;
import vn.parindex.reports.TableReport.Title;

/**
 * The results of an INTERNAL campaign: the ranking per group (rank, unit, points per field, total,
 * index, band, change of rank), then one appendix per unit in ranking order with its points, max
 * and index per field, its bonus or penalty, its rank and band, each paginated on its own.
 */
final class RankingDocument {
  private static final Map<UnitKind, String> GROUPS =
      Map.of(
          UnitKind.PROVINCE, "Cấp tỉnh",
          UnitKind.DEPARTMENT, "Sở, ban, ngành",
          UnitKind.DISTRICT, "Cấp huyện",
          UnitKind.COMMUNE, "Cấp xã",
          UnitKind.CENTRAL_AGENCY, "Cơ quan Trung ương");
  private static final List<Column> UNIT =
      List.of(
          new Column("code", "STT", 2, false),
          new Column("title", "Lĩnh vực", 10, false),
          new Column("max", "Điểm tối đa", 3, true),
          new Column("points", "Điểm đạt được", 3, true),
          new Column("index", "Chỉ số thành phần (%)", 3, true));

  private final String campaign;
  private final List<Result> results;
  private final Map<String, String> unitNames;
  private final Map<String, String> fieldTitles;

  /**
   * @param unitNames unit code → name
   * @param fieldTitles field code → title
   */
  RankingDocument(
      String campaign,
      List<Result> results,
      Map<String, String> unitNames,
      Map<String, String> fieldTitles) {
    this.campaign = campaign;
    this.results = results;
    this.unitNames = unitNames;
    this.fieldTitles = fieldTitles;
  }

  /** The ranking, then each unit's appendix. */
  List<JasperPrint> parts() {
    List<JasperPrint> parts = new ArrayList<>();
    parts.add(ranking());
    for (int i = 0; i < results.size(); i++) {
      parts.add(appendix(i + 1, results.get(i)));
    }
    return parts;
  }

  private JasperPrint ranking() {
    List<String> fields = fieldCodes();
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("group", "Nhóm", 3, false));
    columns.add(new Column("rank", "Hạng", 2, true));
    columns.add(new Column("unit", "Đơn vị", 5, false));
    fields.forEach(f -> columns.add(new Column("f" + f, "LV " + f, 2, true)));
    columns.add(new Column("total", "Tổng điểm", 2, true));
    columns.add(new Column("index", "Chỉ số (%)", 2, true));
    columns.add(new Column("band", "Xếp loại", 2, false));
    columns.add(new Column("change", "Thay đổi hạng", 2, false));
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Result r : results) {
      Map<String, Object> row = rankingRow(r);
      for (Result.FieldResult f : r.fields()) {
        row.put("f" + f.code(), f.points());
      }
      rows.add(row);
    }
    JasperPrint ranking =
        TableReport.fill(
            "ranking-" + String.join(".", fields),
            List.of(
                Title.heading("KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"),
                Title.plain(campaign),
                Title.plain("Xếp hạng trong từng nhóm cơ quan, đơn vị")),
            columns,
            rows);
    ranking.setName("Xếp hạng");
    return ranking;
  }

  /** The fields any unit has points in, in the framework's order: a column each. */
  private List<String> fieldCodes() {
    return results.stream()
        .flatMap(r -> r.fields().stream())
        .map(Result.FieldResult::code)
        .distinct()
        .sorted(NodeCode.ORDER)
        .toList();
  }

  /** A unit's row of the ranking but for its points per field, which each format lays out. */
  Map<String, Object> rankingRow(Result r) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("group", group(r));
    row.put("rank", r.rank());
    row.put("unit", r.unitCode() + " — " + name(r));
    row.put("total", r.total());
    row.put("index", r.index());
    row.put("band", r.classification());
    Integer change = r.rankChange();
    row.put(
        "change",
        change == null ? "—" : change > 0 ? "↑ " + change : change < 0 ? "↓ " + (-change) : "=");
    return row;
  }

  private JasperPrint appendix(int number, Result result) {
    JasperPrint appendix =
        TableReport.fill(
            "ranking-unit",
            List.of(
                Title.heading("Phụ lục " + roman(number)),
                Title.bold(
                    "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA "
                        + name(result).toUpperCase(TableReport.VIETNAMESE)),
                Title.italic(
                    "(Kèm theo Kết quả xác định Chỉ số cải cách hành chính " + campaign + ")"),
                Title.plain(
                    "Xếp hạng "
                        + result.rank()
                        + " trong nhóm "
                        + group(result)
                        + "; xếp loại: "
                        + result.classification())),
            UNIT,
            appendixRows(result));
    appendix.setName(result.unitCode());
    return appendix;
  }

  /** A unit's appendix: a row per field, its bonus or penalty if any, the total. */
  List<Map<String, ?>> appendixRows(Result result) {
    List<Map<String, ?>> rows = new ArrayList<>();
    BigDecimal fieldPoints = BigDecimal.ZERO;
    for (Result.FieldResult f : result.fields()) {
      rows.add(
          row(f.code(), fieldTitles.getOrDefault(f.code(), ""), f.max(), f.points(), f.index()));
      fieldPoints = fieldPoints.add(f.points());
    }
    BigDecimal adjustment = result.total().subtract(fieldPoints);
    if (adjustment.signum() != 0) {
      rows.add(row("", "Điểm thưởng, điểm trừ", null, adjustment, null));
    }
    rows.add(row("", "Tổng cộng", result.applicableMax(), result.total(), result.index()));
    return rows;
  }

  private static Map<String, ?> row(
      String code, String title, BigDecimal max, BigDecimal points, BigDecimal index) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("code", code);
    row.put("title", title);
    row.put("max", max);
    row.put("points", points);
    row.put("index", index);
    return row;
  }

  String campaign() {
    return campaign;
  }

  List<Result> results() {
    return results;
  }

  String name(Result result) {
    return unitNames.getOrDefault(result.unitCode(), result.unitCode());
  }

  static String group(Result result) {
    return GROUPS.getOrDefault(result.group(), result.group().name());
  }

  /** Appendices are numbered I, II, III… as the decree numbers them. */
  static String roman(int number) {
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] letters = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder roman = new StringBuilder();
    int rest = number;
    for (int i = 0; i < values.length; i++) {
      for (; rest >= values[i]; rest -= values[i]) {
        roman.append(letters[i]);
      }
    }
    return roman.toString();
  }
}
