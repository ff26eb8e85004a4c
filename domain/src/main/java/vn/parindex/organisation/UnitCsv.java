package vn.parindex.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.parindex.shared.CsvReader;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * Reads the unit list in the layout of the shared reference file {@code code,name_vi,name_en,kind},
 * with an optional fifth column {@code parent_code}. Every problem in the file is reported at once,
 * located by row (counting the header as row 1) and column.
 */
public final class UnitCsv {
  static final List<String> HEADER = List.of("code", "name_vi", "name_en", "kind", "parent_code");
  private static final int REQUIRED = 4;

  private UnitCsv() {}

  /** One parsed row. */
  public record Row(
      int number, String code, String nameVi, String nameEn, UnitKind kind, String parentCode) {
    public OrganisationUnit toUnit() {
      return new OrganisationUnit(code, nameVi, nameEn, kind);
    }
  }

  public static List<Row> parse(Reader source) throws IOException {
    List<List<String>> records = CsvReader.read(new BufferedReader(source));
    List<Violation> problems = new ArrayList<>();
    if (records.isEmpty() || !CsvReader.headerMatches(records.get(0), HEADER, REQUIRED)) {
      throw InvalidInputException.of(
          Violation.ofCell(1, "code", "unit.csv.header", String.join(",", HEADER)));
    }
    int columns = records.get(0).size();
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < records.size(); i++) {
      int rowNumber = i + 1;
      List<String> cells = records.get(i);
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      if (cells.size() != columns) {
        problems.add(Violation.ofCell(rowNumber, "code", "csv.columns", columns, cells.size()));
        continue;
      }
      Row row = row(rowNumber, cells, problems);
      if (row != null && !seen.add(row.code())) {
        problems.add(Violation.ofCell(rowNumber, "code", "unit.code.duplicate", row.code()));
      } else if (row != null) {
        rows.add(row);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return rows;
  }

  private static Row row(int rowNumber, List<String> cells, List<Violation> problems) {
    String code = cells.get(0).strip();
    String nameVi = cells.get(1).strip();
    String nameEn = cells.get(2).strip();
    String kindText = cells.get(3).strip();
    String parentCode = cells.size() > REQUIRED ? Text.nfc(cells.get(4)) : null;
    int before = problems.size();
    if (!code.matches(OrganisationUnit.CODE_PATTERN)) {
      problems.add(Violation.ofCell(rowNumber, "code", "unit.code.invalid", code));
    }
    if (nameVi.isEmpty()) {
      problems.add(Violation.ofCell(rowNumber, "name_vi", "unit.name.required"));
    }
    for (String[] name : new String[][] {{"name_vi", nameVi}, {"name_en", nameEn}}) {
      if (name[1].length() > OrganisationUnit.NAME_LENGTH) {
        problems.add(
            Violation.ofCell(rowNumber, name[0], "text.tooLong", OrganisationUnit.NAME_LENGTH));
      }
    }
    UnitKind kind = null;
    try {
      kind = UnitKind.valueOf(kindText);
    } catch (IllegalArgumentException e) {
      problems.add(Violation.ofCell(rowNumber, "kind", "unit.kind.invalid", kindText));
    }
    if (code.equals(parentCode)) {
      problems.add(Violation.ofCell(rowNumber, "parent_code", "unit.parent.cycle", code));
    }
    return problems.size() == before
        ? new Row(rowNumber, code, nameVi, nameEn, kind, parentCode)
        : null;
  }
}
