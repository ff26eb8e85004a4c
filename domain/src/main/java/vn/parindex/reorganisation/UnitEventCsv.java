package vn.parindex.reorganisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.shared.CsvReader;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/**
 * Reads changes of units from a table, one decision's change a row, in the order they took effect:
 * {@code kind,from_codes,to_codes,effective_from,names,legal_number,legal_date,legal_issuer}; codes
 * separated by ";", names as {@code CODE=Tên;CODE=Tên}, dates as 01/03/2025 or 2025-03-01.
 */
public final class UnitEventCsv {
  static final List<String> HEADER =
      List.of(
          "kind",
          "from_codes",
          "to_codes",
          "effective_from",
          "names",
          "legal_number",
          "legal_date",
          "legal_issuer");

  /** The column of the table that holds each field of a draft, to locate a refusal. */
  static final Map<String, String> COLUMNS =
      Map.of(
          "kind", "kind",
          "fromCodes", "from_codes",
          "toCodes", "to_codes",
          "effectiveFrom", "effective_from",
          "names", "names",
          "legalBasis.number", "legal_number",
          "legalBasis.issuedOn", "legal_date",
          "legalBasis.issuer", "legal_issuer");

  private static final DateTimeFormatter VIETNAMESE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private UnitEventCsv() {}

  /** A row of the table: its number in the file (the header is 1) and the change it enters. */
  public record Row(int number, UnitEventDraft draft) {}

  /** The rows in order; every row that cannot be read is refused at once (422, by row). */
  public static List<Row> parse(Reader source) throws IOException {
    List<List<String>> records = CsvReader.read(new BufferedReader(source));
    if (records.isEmpty() || !CsvReader.headerMatches(records.get(0), HEADER, HEADER.size())) {
      throw InvalidInputException.of(
          Violation.ofCell(1, "kind", "unit.csv.header", String.join(",", HEADER)));
    }
    List<Violation> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    CsvReader.eachRow(
        records,
        HEADER.size(),
        HEADER.size(),
        "kind",
        problems,
        (number, cells) -> {
          int before = problems.size();
          LocalDate effective = date(number, "effective_from", cells.get(3), problems);
          LocalDate issued = date(number, "legal_date", cells.get(6), problems);
          Map<String, UnitEventDraft.Name> names = names(number, cells.get(4), problems);
          if (problems.size() == before) {
            rows.add(
                new Row(
                    number,
                    new UnitEventDraft(
                        cells.get(0).strip(),
                        codes(cells.get(1)),
                        codes(cells.get(2)),
                        effective,
                        names,
                        new UnitEventDraft.Basis(cells.get(5), issued, cells.get(7)))));
          }
        });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return rows;
  }

  /** A refusal of a row's change, located at its row and column. */
  static Violation located(int row, Violation problem) {
    return new Violation(
        row,
        COLUMNS.getOrDefault(String.valueOf(problem.field()), "kind"),
        null,
        problem.messageKey(),
        problem.arguments());
  }

  private static List<String> codes(String cell) {
    return Arrays.stream(cell.split(";")).map(String::strip).filter(c -> !c.isEmpty()).toList();
  }

  private static LocalDate date(int row, String column, String cell, List<Violation> problems) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return text.contains("/") ? LocalDate.parse(text, VIETNAMESE) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(Violation.ofCell(row, column, "unitEvent.csv.date", text));
      return null;
    }
  }

  private static Map<String, UnitEventDraft.Name> names(
      int row, String cell, List<Violation> problems) {
    Map<String, UnitEventDraft.Name> names = new LinkedHashMap<>();
    for (String entry : cell.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      int equals = entry.indexOf('=');
      if (equals <= 0) {
        problems.add(Violation.ofCell(row, "names", "unitEvent.csv.names", entry.strip()));
      } else {
        names.put(
            entry.substring(0, equals).strip(),
            new UnitEventDraft.Name(entry.substring(equals + 1).strip(), null));
      }
    }
    return names;
  }
}
