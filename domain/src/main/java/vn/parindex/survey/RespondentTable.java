package vn.parindex.survey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.parindex.shared.CsvReader;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * The list of people who must answer, or the Ministry's software's export of who has, in the layout
 * {@code unit_code,full_name[,position,code,status,answered_on]}. A row finds its person by the
 * Ministry's code when it gives a known one, else by unit and name (case aside); a row that finds
 * nobody adds the person. Every problem is reported at once by row and column; nothing is kept
 * otherwise.
 */
public final class RespondentTable {
  static final List<String> COLUMNS =
      List.of("unit_code", "full_name", "position", "code", "status", "answered_on");

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Set<String> ANSWERED = Set.of("answered", "da tra loi", "x", "1", "co");
  private static final Set<String> INVITED =
      Set.of("", "invited", "da moi", "chua tra loi", "0", "khong");

  private RespondentTable() {}

  /** A person already on the list, as the table may name them. */
  public record Known(long id, String unitCode, String fullName, String code) {}

  /**
   * One accepted row.
   *
   * @param known the person it found, or null for a new one
   * @param answeredOn the day given, or null (today, if the row says answered)
   */
  public record Row(
      Long known,
      String unitCode,
      String fullName,
      String position,
      String code,
      RespondentStatus status,
      LocalDate answeredOn) {}

  /**
   * @param units the codes of the province's units
   * @param today the day in Vietnam: nobody answered after it
   */
  public static List<Row> parse(
      List<List<String>> records, Set<String> units, List<Known> known, LocalDate today) {
    if (records.isEmpty() || !CsvReader.headerMatches(records.get(0), COLUMNS, 2)) {
      throw InvalidInputException.of(
          Violation.ofCell(1, "unit_code", "survey.table.header", String.join(",", COLUMNS)));
    }
    Map<String, Known> byCode = new HashMap<>();
    Map<String, Known> byName = new HashMap<>();
    for (Known k : known) {
      if (k.code() != null) {
        byCode.put(k.code(), k);
      }
      byName.put(nameKey(k.unitCode(), k.fullName()), k);
    }
    List<Violation> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    CsvReader.eachRow(
        records,
        1,
        COLUMNS.size(),
        "unit_code",
        problems,
        (number, cells) -> {
          int before = problems.size();
          Row row = row(number, cells, units, byCode, byName, today, problems);
          String key =
              row.known() != null ? "#" + row.known() : nameKey(row.unitCode(), row.fullName());
          if (problems.size() == before && !seen.add(key)) {
            problems.add(Violation.ofCell(number, "full_name", "survey.table.duplicate"));
          }
          if (problems.size() == before) {
            rows.add(row);
          }
        });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return rows;
  }

  private static Row row(
      int number,
      List<String> cells,
      Set<String> units,
      Map<String, Known> byCode,
      Map<String, Known> byName,
      LocalDate today,
      List<Violation> problems) {
    String unit = cell(cells, 0);
    String name = normal(cell(cells, 1));
    String position = cell(cells, 2);
    String code = cell(cells, 3);
    long tooLong =
        List.of(name, position).stream()
            .filter(t -> t.length() > SurveyRespondent.MAX_TEXT)
            .count();
    if (tooLong > 0 || code.length() > SurveyRespondent.MAX_CODE) {
      problems.add(
          Violation.ofCell(number, "full_name", "survey.table.tooLong", SurveyRespondent.MAX_TEXT));
    }
    Known found = byCode.get(code);
    if (found == null && !unit.isEmpty() && !name.isEmpty()) {
      found = byName.get(nameKey(unit, name));
    }
    if (found == null) {
      if (!units.contains(unit)) {
        problems.add(Violation.ofCell(number, "unit_code", "survey.table.unit", unit));
      }
      if (name.isEmpty()) {
        problems.add(Violation.ofCell(number, "full_name", "survey.table.name"));
      }
    } else if (!unit.isEmpty() && !unit.equals(found.unitCode())) {
      problems.add(
          Violation.ofCell(number, "unit_code", "survey.table.otherUnit", code, found.unitCode()));
    }
    LocalDate answeredOn = day(cell(cells, 5), number, today, problems);
    RespondentStatus status = status(cell(cells, 4), answeredOn, number, problems);
    return new Row(
        found == null ? null : found.id(),
        found == null ? unit : found.unitCode(),
        name,
        position,
        code,
        status,
        answeredOn);
  }

  private static RespondentStatus status(
      String text, LocalDate answeredOn, int number, List<Violation> problems) {
    String folded = Text.fold(text);
    if (ANSWERED.contains(folded) || (folded.isEmpty() && answeredOn != null)) {
      return RespondentStatus.ANSWERED;
    }
    if (!INVITED.contains(folded)) {
      problems.add(Violation.ofCell(number, "status", "survey.table.status", text));
    } else if (answeredOn != null) {
      problems.add(Violation.ofCell(number, "answered_on", "survey.table.dayWithoutAnswer"));
    }
    return RespondentStatus.INVITED;
  }

  /** A day written 05/12/2026 or 2026-12-05; none after today. */
  private static LocalDate day(String text, int number, LocalDate today, List<Violation> problems) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      LocalDate day = text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, DAY);
      if (day.isAfter(today)) {
        problems.add(Violation.ofCell(number, "answered_on", "survey.table.future", text));
      }
      return day;
    } catch (DateTimeParseException e) {
      problems.add(Violation.ofCell(number, "answered_on", "survey.table.day", text));
      return null;
    }
  }

  /** How a unit's person is found by name: the same letters, case and spacing aside. */
  static String nameKey(String unitCode, String fullName) {
    return unitCode + "/" + normal(fullName).toLowerCase(Locale.ROOT);
  }

  /** Composed letters, single spaces: a name typed on another keyboard or copied from a PDF. */
  static String normal(String text) {
    String nfc = Text.nfc(text);
    return nfc == null ? "" : nfc.replaceAll("\\s+", " ");
  }

  private static String cell(List<String> cells, int i) {
    return i < cells.size() ? cells.get(i).strip() : "";
  }
}
