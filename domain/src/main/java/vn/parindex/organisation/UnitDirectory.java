package vn.parindex.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.PageRequest;
import vn.parindex.shared.ResultPage;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * The coordinators' use cases for the unit list: create, edit, retire, load from the shared CSV
 * layout. Reading is open to every role. Units are never deleted, so that past campaigns keep them.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class UnitDirectory {
  private static final Logger LOG = Logger.getLogger(UnitDirectory.class.getName());

  @Inject UnitRepository units;

  /** Units by kind (province first), then by Vietnamese name. */
  public List<OrganisationUnit> list() {
    Comparator<String> vietnamese = Text.vietnameseOrder();
    return units.findAll().stream()
        .sorted(
            Comparator.comparing(OrganisationUnit::getKind)
                .thenComparing(OrganisationUnit::getNameVi, vietnamese))
        .toList();
  }

  /**
   * A page of the units as the unit list asks for it: searched, sorted and paged by the database.
   */
  public ResultPage<OrganisationUnit> page(PageRequest request, boolean withRetired) {
    return units.page(request, withRetired);
  }

  /**
   * Folds the search text of the units stored before it existed. Run once per start, before any
   * list is read; after the first start it finds none.
   */
  @PermitAll
  public int indexForSearch() {
    List<OrganisationUnit> unindexed = units.withoutSearchText();
    unindexed.forEach(OrganisationUnit::refreshSearchText);
    return unindexed.size();
  }

  /** Whether no unit is stored yet: a new installation. */
  @PermitAll
  public boolean isEmpty() {
    return units.count() == 0;
  }

  /**
   * Seeds an empty table; once units exist the list belongs to the coordinators and a restart must
   * not bring back a unit they removed.
   */
  @PermitAll
  public int seedIfEmpty(Reader csv) throws IOException {
    if (units.count() > 0) {
      return 0;
    }
    List<UnitCsv.Row> rows = UnitCsv.parse(csv);
    rows.forEach(row -> units.add(row.toUnit()));
    return rows.size();
  }

  /** The unit of that code, if there is one. */
  public Optional<OrganisationUnit> find(String code) {
    return units.findByCode(code);
  }

  public OrganisationUnit get(String code) {
    return units.findByCode(code).orElseThrow(() -> new NotFoundException("unit.notFound", code));
  }

  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public OrganisationUnit create(UnitDraft draft) {
    List<Violation> problems = new ArrayList<>();
    String code = Text.nfc(draft.code());
    if (code == null || !code.matches(OrganisationUnit.CODE_PATTERN)) {
      problems.add(Violation.ofField("code", "unit.code.invalid", String.valueOf(code)));
    } else if (units.findByCode(code).isPresent()) {
      problems.add(Violation.ofField("code", "unit.code.taken", code));
    }
    UnitKind kind = checkNameAndKind(draft, problems);
    OrganisationUnit parent = parent(draft.parentCode(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    OrganisationUnit unit = new OrganisationUnit(code, draft.nameVi(), draft.nameEn(), kind);
    unit.setParent(parent);
    describeIssuer(unit, draft);
    units.add(unit);
    LOG.info(() -> "Unit " + code + " created");
    return unit;
  }

  /** Changes names, kind and parent; a stale version is refused so no one's edit is lost. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public OrganisationUnit edit(String code, UnitDraft draft) {
    OrganisationUnit unit = current(code, draft.version());
    List<Violation> problems = new ArrayList<>();
    UnitKind kind = checkNameAndKind(draft, problems);
    OrganisationUnit parent = parent(draft.parentCode(), problems);
    if (parent != null && unit.isAncestorOf(parent)) {
      problems.add(Violation.ofField("parentCode", "unit.parent.cycle", parent.getCode()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    unit.edit(draft.nameVi(), draft.nameEn(), kind, parent);
    describeIssuer(unit, draft);
    return unit;
  }

  /**
   * The active PROVINCE unit (the first by code, should there be two), if there is one. Open to
   * all, as the sign-in page names the province.
   */
  @PermitAll
  public Optional<OrganisationUnit> province() {
    return units.activeOfKind(UnitKind.PROVINCE).stream().findFirst();
  }

  /** The province's place, short name and suffix; a unit of another kind keeps none. */
  private static void describeIssuer(OrganisationUnit unit, UnitDraft draft) {
    if (unit.getKind() == UnitKind.PROVINCE) {
      unit.describeIssuer(draft.placeName(), draft.shortName(), draft.reportSuffix());
    } else {
      unit.describeIssuer(null, null, null);
    }
  }

  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public OrganisationUnit retire(String code, Long version) {
    OrganisationUnit unit = current(code, version);
    unit.retire();
    LOG.info(() -> "Unit " + code + " retired");
    return unit;
  }

  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public OrganisationUnit reactivate(String code, Long version) {
    OrganisationUnit unit = current(code, version);
    unit.reactivate();
    return unit;
  }

  /**
   * Loads a unit list: new codes are added, known codes take the file's names, kind and parent. A
   * parent may be another row of the file or a unit already stored. Nothing is saved unless the
   * whole file is right. Units missing from the file are left alone: retiring is a decision, not a
   * side effect of an incomplete file.
   */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public UnitImport importCsv(Reader csv) throws IOException {
    List<UnitCsv.Row> rows = UnitCsv.parse(csv);
    Map<String, OrganisationUnit> byCode = new HashMap<>();
    units.findAll().forEach(u -> byCode.put(u.getCode(), u));
    Map<String, String> parents = new HashMap<>();
    byCode.values().stream()
        .filter(u -> u.getParent() != null)
        .forEach(u -> parents.put(u.getCode(), u.getParent().getCode()));
    List<Violation> problems = new ArrayList<>();
    for (UnitCsv.Row row : rows) {
      if (row.parentCode() == null) {
        parents.remove(row.code());
      } else if (byCode.containsKey(row.parentCode())
          || rows.stream().anyMatch(r -> r.code().equals(row.parentCode()))) {
        parents.put(row.code(), row.parentCode());
      } else {
        problems.add(
            Violation.ofCell(row.number(), "parent_code", "unit.parent.unknown", row.parentCode()));
      }
    }
    rows.stream()
        .filter(row -> row.parentCode() != null && inCycle(row.code(), parents))
        .forEach(
            row ->
                problems.add(
                    Violation.ofCell(
                        row.number(), "parent_code", "unit.parent.cycle", row.parentCode())));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    int added = 0;
    for (UnitCsv.Row row : rows) {
      OrganisationUnit known = byCode.get(row.code());
      if (known == null) {
        OrganisationUnit unit = row.toUnit();
        units.add(unit);
        byCode.put(row.code(), unit);
        added++;
      } else {
        known.edit(row.nameVi(), row.nameEn(), row.kind(), known.getParent());
      }
    }
    for (UnitCsv.Row row : rows) {
      byCode
          .get(row.code())
          .setParent(row.parentCode() == null ? null : byCode.get(row.parentCode()));
    }
    UnitImport result = new UnitImport(added, rows.size() - added);
    LOG.info(() -> "Unit list loaded: " + result);
    return result;
  }

  private static boolean inCycle(String code, Map<String, String> parents) {
    String at = parents.get(code);
    for (int steps = 0; at != null && steps <= parents.size(); steps++) {
      if (at.equals(code)) {
        return true;
      }
      at = parents.get(at);
    }
    return false;
  }

  private OrganisationUnit current(String code, Long version) {
    OrganisationUnit unit = get(code);
    if (version != null && version != unit.getVersion()) {
      throw new ConflictException("error.stale");
    }
    return unit;
  }

  private static UnitKind checkNameAndKind(UnitDraft draft, List<Violation> problems) {
    if (Text.nfc(draft.nameVi()) == null) {
      problems.add(Violation.ofField("nameVi", "unit.name.required"));
    }
    checkIssuer(draft, problems);
    try {
      return UnitKind.valueOf(String.valueOf(draft.kind()));
    } catch (IllegalArgumentException e) {
      problems.add(Violation.ofField("kind", "unit.kind.invalid", String.valueOf(draft.kind())));
      return null;
    }
  }

  /** The issuing body's texts: one line each, of the column's length; a suffix like "BC-UBND". */
  private static void checkIssuer(UnitDraft draft, List<Violation> problems) {
    checkLine("placeName", draft.placeName(), OrganisationUnit.PLACE_LENGTH, problems);
    checkLine("shortName", draft.shortName(), OrganisationUnit.PLACE_LENGTH, problems);
    checkLine("reportSuffix", draft.reportSuffix(), OrganisationUnit.SUFFIX_LENGTH, problems);
    String suffix = Text.nfc(draft.reportSuffix());
    if (suffix != null
        && suffix.length() <= OrganisationUnit.SUFFIX_LENGTH
        && !suffix.matches(OrganisationUnit.SUFFIX_PATTERN)) {
      problems.add(Violation.ofField("reportSuffix", "unit.reportSuffix.invalid", suffix));
    }
  }

  private static void checkLine(String field, String text, int length, List<Violation> problems) {
    String value = Text.nfc(text);
    if (value != null
        && (value.length() > length
            || Text.hasControlCharacters(value)
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0)) {
      problems.add(Violation.ofField(field, "unit.issuer.line", length));
    }
  }

  private OrganisationUnit parent(String parentCode, List<Violation> problems) {
    String code = Text.nfc(parentCode);
    if (code == null) {
      return null;
    }
    return units
        .findByCode(code)
        .orElseGet(
            () -> {
              problems.add(Violation.ofField("parentCode", "unit.parent.unknown", code));
              return null;
            });
  }
}
