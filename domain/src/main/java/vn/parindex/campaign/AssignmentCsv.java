package vn.parindex.campaign;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.parindex.framework.NodeCode;
import vn.parindex.framework.NodeKind;
import vn.parindex.shared.CsvReader;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/**
 * The assignment table in the layout of the shared 2022 file {@code
 * scope_code,scope_kind,lead_unit_code,except_codes,source}, with an optional sixth column {@code
 * coordinating_unit_codes}. Lists inside a cell are separated by semicolons. Whether the codes
 * exist in the framework and among the units is checked by {@link Assignments}.
 */
public final class AssignmentCsv {
  static final List<String> COLUMNS =
      List.of(
          "scope_code",
          "scope_kind",
          "lead_unit_code",
          "except_codes",
          "source",
          "coordinating_unit_codes");
  private static final int REQUIRED_COLUMNS = 5;

  private AssignmentCsv() {}

  public static List<AssignmentRow> read(Reader source) {
    List<List<String>> records;
    try {
      records = CsvReader.read(new BufferedReader(source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (records.isEmpty() || !CsvReader.headerMatches(records.get(0), COLUMNS, REQUIRED_COLUMNS)) {
      throw InvalidInputException.of(
          Violation.ofCell(1, "scope_code", "assignment.file.header", String.join(",", COLUMNS)));
    }
    int width = records.get(0).size();
    List<Violation> problems = new ArrayList<>();
    List<AssignmentRow> rows = new ArrayList<>();
    CsvReader.eachRow(
        records,
        0,
        width,
        "scope_code",
        problems,
        (row, cells) -> {
          String scope = cell(cells, 0);
          String kind = cell(cells, 1);
          if (!NodeCode.isValid(scope)) {
            problems.add(Violation.ofCell(row, "scope_code", "framework.code.invalid", scope));
          } else if (!kind.isEmpty() && !kindFits(kind, scope)) {
            problems.add(
                Violation.ofCell(
                    row,
                    "scope_kind",
                    "assignment.kind.mismatch",
                    kind,
                    NodeKind.ofDepth(NodeCode.depth(scope)).name()));
          }
          String lead = cell(cells, 2);
          if (lead.isEmpty()) {
            problems.add(Violation.ofCell(row, "lead_unit_code", "assignment.lead.required"));
          }
          rows.add(new AssignmentRow(row, scope, lead, list(cell(cells, 3)), list(cell(cells, 5))));
        });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return rows;
  }

  /** Writes rules back in the same layout, so that a campaign's assignment can be reused. */
  public static String write(List<AssignmentRow> rows) {
    StringWriter out = new StringWriter();
    out.write(String.join(",", COLUMNS) + "\r\n");
    for (AssignmentRow r : rows) {
      out.write(
          String.join(
                  ",",
                  r.scopeCode(),
                  NodeKind.ofDepth(NodeCode.depth(r.scopeCode())).name(),
                  r.leadUnitCode(),
                  String.join(";", r.exceptCodes()),
                  "",
                  String.join(";", r.coordinatingUnitCodes()))
              + "\r\n");
    }
    return out.toString();
  }

  private static boolean kindFits(String kind, String scope) {
    try {
      return NodeKind.valueOf(kind.toUpperCase(Locale.ROOT))
          == NodeKind.ofDepth(NodeCode.depth(scope));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String cell(List<String> cells, int index) {
    return index < cells.size() ? cells.get(index).strip() : "";
  }

  private static List<String> list(String cell) {
    return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
