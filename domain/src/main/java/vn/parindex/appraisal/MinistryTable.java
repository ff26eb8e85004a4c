package vn.parindex.appraisal;

import java.math.BigDecimal;
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
 * The Ministry of Home Affairs' appraised points for the province, {@code node_code,points}, one
 * row per SELF leaf it appraised. Every problem is reported at once by row and column.
 */
public final class MinistryTable {
  static final List<String> HEADER = List.of("node_code", "points");

  private MinistryTable() {}

  /** One appraised leaf. */
  public record Row(String nodeCode, BigDecimal points) {}

  /**
   * @param leaves the SELF leaves of the framework, code → max points
   */
  public static List<Row> parse(List<List<String>> records, Map<String, BigDecimal> leaves) {
    if (records.isEmpty() || !CsvReader.headerMatches(records.get(0), HEADER, 2)) {
      throw InvalidInputException.of(
          Violation.ofCell(1, "node_code", "unit.csv.header", String.join(",", HEADER)));
    }
    List<Violation> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    CsvReader.eachRow(
        records,
        2,
        2,
        "node_code",
        problems,
        (number, cells) -> {
          String node = cells.get(0).strip();
          BigDecimal max = leaves.get(node);
          int before = problems.size();
          if (max == null) {
            problems.add(Violation.ofCell(number, "node_code", "ministry.node", node));
          }
          BigDecimal points = SurveyTable.number(cells.get(1), number, "points", problems);
          if (points != null && max != null && (points.signum() < 0 || points.compareTo(max) > 0)) {
            problems.add(
                Violation.ofCell(number, "points", "survey.range", Points.vietnamese(max)));
          }
          if (problems.size() == before && !seen.add(node)) {
            problems.add(Violation.ofCell(number, "node_code", "ministry.duplicate", node));
          }
          if (problems.size() == before) {
            rows.add(new Row(node, Points.of(points)));
          }
        });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return rows;
  }
}
