package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.framework.Points;
import vn.parindex.shared.CsvReader;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/**
 * Survey points per subject and SURVEY leaf, in the layout {@code unit_code,node_code,points} or
 * {@code unit_code,node_code,percent} (a percent is turned into points of the leaf's max, 2 places
 * half up). Every problem is reported at once by row and column; nothing is kept otherwise.
 */
public final class SurveyTable {
  static final List<String> BY_POINTS = List.of("unit_code", "node_code", "points");
  static final List<String> BY_PERCENT = List.of("unit_code", "node_code", "percent");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private SurveyTable() {}

  /** One accepted row: the points, and the percent they came from if the table gave one. */
  public record Row(String unitCode, String nodeCode, BigDecimal points, BigDecimal percent) {}

  /**
   * @param subjects the campaign's subject unit codes
   * @param surveyLeaves the SURVEY leaves of the framework, code → max points
   */
  public static List<Row> parse(
      List<List<String>> records, Set<String> subjects, Map<String, BigDecimal> surveyLeaves) {
    boolean byPercent = byPercent(records);
    String valueColumn = byPercent ? "percent" : "points";
    List<Violation> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    CsvReader.eachRow(
        records,
        3,
        3,
        "unit_code",
        problems,
        (number, cells) -> {
          String unit = cells.get(0).strip();
          String node = cells.get(1).strip();
          int before = problems.size();
          if (!subjects.contains(unit)) {
            problems.add(Violation.ofCell(number, "unit_code", "survey.unit", unit));
          }
          BigDecimal max = surveyLeaves.get(node);
          if (max == null) {
            problems.add(Violation.ofCell(number, "node_code", "survey.node", node));
          }
          BigDecimal value = number(cells.get(2), number, valueColumn, problems);
          if (value != null && max != null) {
            BigDecimal limit = byPercent ? HUNDRED : max;
            if (value.signum() < 0 || value.compareTo(limit) > 0) {
              problems.add(
                  Violation.ofCell(number, valueColumn, "survey.range", Points.vietnamese(limit)));
            }
          }
          if (problems.size() == before && !seen.add(unit + "/" + node)) {
            problems.add(Violation.ofCell(number, "node_code", "survey.duplicate", unit, node));
          }
          if (problems.size() == before) {
            rows.add(
                byPercent
                    ? new Row(
                        unit,
                        node,
                        max.multiply(value).divide(HUNDRED, Points.SCALE, RoundingMode.HALF_UP),
                        value)
                    : new Row(unit, node, Points.of(value), null));
          }
        });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return rows;
  }

  /** Whether the table gives percentages (else points); a table with neither header is refused. */
  private static boolean byPercent(List<List<String>> records) {
    if (!records.isEmpty() && CsvReader.headerMatches(records.get(0), BY_PERCENT, 3)) {
      return true;
    }
    if (records.isEmpty() || !CsvReader.headerMatches(records.get(0), BY_POINTS, 3)) {
      throw InvalidInputException.of(
          Violation.ofCell(
              1,
              "unit_code",
              "survey.header",
              String.join(",", BY_POINTS),
              String.join(",", BY_PERCENT)));
    }
    return false;
  }

  /** A number written 3,65 or 3.65; reported against the cell if it is none. */
  static BigDecimal number(String text, int row, String column, List<Violation> problems) {
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      problems.add(Violation.ofCell(row, column, "survey.number", text.strip()));
      return null;
    }
  }
}
