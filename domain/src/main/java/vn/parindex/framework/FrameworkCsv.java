package vn.parindex.framework;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.shared.CsvReader;
import vn.parindex.shared.CsvWriter;
import vn.parindex.shared.FormulaCells;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/**
 * The framework table as CSV (UTF-8, RFC 4180) in the {@link NodeRow#COLUMNS} layout. Files with
 * only the first eight columns, like the 2022 reference file, are read too. Written files start
 * with a byte order mark so that Excel shows the Vietnamese letters.
 */
public final class FrameworkCsv {
  private FrameworkCsv() {}

  public static List<NodeRow> read(Reader source) {
    List<List<String>> records;
    try {
      records = CsvReader.read(new BufferedReader(source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows(records);
  }

  /** Turns records (header first) into rows; shared with the XLSX reader. */
  public static List<NodeRow> rows(List<List<String>> records) {
    if (records.isEmpty()
        || !CsvReader.headerMatches(records.get(0), NodeRow.COLUMNS, NodeRow.REQUIRED_COLUMNS)) {
      throw InvalidInputException.of(
          Violation.ofCell(1, "code", "framework.file.header", String.join(",", NodeRow.COLUMNS)));
    }
    int width = records.get(0).size();
    List<Violation> problems = new ArrayList<>();
    List<NodeRow> rows = new ArrayList<>();
    CsvReader.eachRow(
        records,
        0,
        width,
        "code",
        problems,
        (row, cells) ->
            rows.add(NodeRow.of(row, cells.stream().map(FormulaCells::restored).toList())));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return rows;
  }

  public static void write(List<NodeRow> rows, Writer out) throws IOException {
    CsvWriter.start(out);
    CsvWriter.line(NodeRow.COLUMNS, out);
    for (NodeRow row : rows) {
      CsvWriter.line(row.cells(), out);
    }
    out.flush();
  }
}
