package vn.parindex.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * RFC 4180 reader: quoted cells may hold commas, doubled quotes and line breaks. Small on purpose:
 * the files it reads (units, assignments, frameworks) are a few thousand rows at most.
 */
public final class CsvReader {
  private static final int MAX_PROBLEMS = 100;

  private CsvReader() {}

  /**
   * Whether a header row names {@code columns} in order: the first {@code required} of them and
   * possibly some of those after. Names are compared without case, surrounding spaces or a byte
   * order mark, as spreadsheets save them.
   */
  public static boolean headerMatches(List<String> header, List<String> columns, int required) {
    List<String> names =
        header.stream().map(c -> c.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
    return names.size() >= required
        && names.size() <= columns.size()
        && names.equals(columns.subList(0, names.size()));
  }

  /**
   * Hands each data row under the header to {@code row} with its number in the file (the header is
   * row 1), in order, blank rows left out. A row with fewer than {@code min} or more than {@code
   * max} cells is reported in {@code problems} against {@code column} instead.
   */
  public static void eachRow(
      List<List<String>> records,
      int min,
      int max,
      String column,
      List<Violation> problems,
      BiConsumer<Integer, List<String>> row) {
    for (int i = 1; i < records.size(); i++) {
      List<String> cells = records.get(i);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (cells.size() < min || cells.size() > max) {
        problems.add(Violation.ofCell(i + 1, column, "csv.columns", max, cells.size()));
      } else {
        row.accept(i + 1, cells);
      }
    }
  }

  /** The longest cell a table may hold: the longest text column it is read into. */
  public static final int MAX_CELL = 4000;

  /**
   * The records of the table, refused whole (422, nothing saved) when it is not UTF-8, or a cell
   * holds a control character or is longer than {@link #MAX_CELL}: what is read is stored and
   * printed in official documents, and a table saved in Windows-1258 or TCVN3 must be said to be
   * so, not taken with its letters replaced.
   */
  public static List<List<String>> read(BufferedReader in) throws IOException {
    List<List<String>> records = parse(in);
    List<Violation> problems = new ArrayList<>();
    for (int row = 0; row < records.size() && problems.size() < MAX_PROBLEMS; row++) {
      List<String> cells = records.get(row);
      for (int i = 0; i < cells.size(); i++) {
        String cell = cells.get(i);
        String column = records.get(0).size() > i ? records.get(0).get(i).strip() : null;
        if (cell.indexOf('\uFFFD') >= 0) {
          // The decoder's mark for bytes that are not UTF-8: the whole file is in another code.
          throw InvalidInputException.of(Violation.ofCell(row + 1, column, "csv.encoding"));
        }
        if (Text.hasControlCharacters(cell)) {
          problems.add(Violation.ofCell(row + 1, column, "text.control"));
        } else if (cell.length() > MAX_CELL) {
          problems.add(Violation.ofCell(row + 1, column, "text.tooLong", MAX_CELL));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return records;
  }

  private static List<List<String>> parse(BufferedReader in) throws IOException {
    List<List<String>> records = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int c;
    while ((c = in.read()) != -1) {
      any = true;
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            cell.append('"');
          } else {
            quoted = false;
            if (next != -1) {
              in.reset();
            }
          }
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n') {
        cells.add(stripCarriageReturn(cell));
        records.add(cells);
        cells = new ArrayList<>();
        cell.setLength(0);
        any = false;
      } else {
        cell.append(ch);
      }
    }
    if (quoted) {
      throw InvalidInputException.of(
          Violation.ofCell(records.size() + 1, null, "csv.unterminated"));
    }
    if (any) {
      cells.add(stripCarriageReturn(cell));
      records.add(cells);
    }
    return records;
  }

  private static String stripCarriageReturn(StringBuilder cell) {
    int end = cell.length();
    if (end > 0 && cell.charAt(end - 1) == '\r') {
      end--;
    }
    return cell.substring(0, end);
  }
}
