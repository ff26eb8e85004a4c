package vn.parindex.reorganisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitKind;
import vn.parindex.shared.Violation;

/** The rules a change of units is recorded by: dates in order, units known and active, counts. */
class UnitEventRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
  private static final UnitEventDraft.Basis DECISION =
      new UnitEventDraft.Basis("45/NQ-HĐND", LocalDate.of(2025, 2, 18), "HĐND tỉnh Hà Tĩnh");

  private final Map<String, OrganisationUnit> units = new HashMap<>();
  private final Map<String, LocalDate> lastEvents = new HashMap<>();

  UnitEventRulesTest() {
    OrganisationUnit province = unit("UBND", UnitKind.PROVINCE);
    for (String code : List.of("SKHDT", "STC", "STTTT", "SKHCN")) {
      unit(code, UnitKind.DEPARTMENT).setParent(province);
    }
    unit("SNN", UnitKind.DEPARTMENT).establish(LocalDate.of(2025, 6, 1));
    unit("HCL", UnitKind.DISTRICT).retire(LocalDate.of(2025, 7, 1));
  }

  private OrganisationUnit unit(String code, UnitKind kind) {
    OrganisationUnit unit = new OrganisationUnit(code, "Đơn vị " + code, null, kind);
    units.put(code, unit);
    return unit;
  }

  private static UnitEventDraft draft(
      String kind, List<String> from, List<String> to, Map<String, UnitEventDraft.Name> names) {
    return new UnitEventDraft(kind, from, to, MARCH, names, DECISION);
  }

  private List<String> keys(UnitEventDraft draft) {
    return problems(draft).stream().map(Violation::messageKey).toList();
  }

  private List<Violation> problems(UnitEventDraft draft) {
    return UnitEventRules.problems(draft, new UnitEventRules.Known(units, lastEvents), TODAY);
  }

  @Test
  void aMergeIntoOneOfTheUnitsAndASplitIntoNewUnitsAreRecorded() {
    assertEquals(
        List.of(), keys(draft("MERGE", List.of("SKHDT", "STC"), List.of("STC"), Map.of())));
    assertEquals(
        List.of(),
        keys(
            draft(
                "SPLIT",
                List.of("STTTT"),
                List.of("STTTT", "SVH"),
                Map.of("SVH", new UnitEventDraft.Name("Sở Văn hóa", null)))));
  }

  @Test
  void aUnitMergedTwiceOnTheSameDayOrBeforeItsLastEventIsRefused() {
    lastEvents.put("SKHDT", MARCH);
    lastEvents.put("STC", MARCH.plusDays(1));
    List<Violation> problems =
        problems(draft("MERGE", List.of("SKHDT", "STC"), List.of("STC"), Map.of()));
    assertEquals(
        List.of("unitEvent.sameDay", "unitEvent.afterLater"),
        problems.stream().map(Violation::messageKey).toList());
    assertEquals(List.of("SKHDT", "01/03/2025"), problems.get(0).arguments());
    assertEquals(List.of("STC", "02/03/2025"), problems.get(1).arguments(), "once, though in both");
  }

  @Test
  void aDateBeforeTheUnitExistedIsRefused() {
    List<Violation> problems =
        problems(draft("MERGE", List.of("SNN", "STC"), List.of("STC"), Map.of()));
    assertEquals(
        List.of("unitEvent.beforeExisted"), problems.stream().map(Violation::messageKey).toList());
    assertEquals(List.of("SNN", "01/06/2025"), problems.get(0).arguments());
  }

  @Test
  void anUnknownCodeARetiredUnitAndARepeatedCodeAreRefused() {
    assertEquals(
        List.of("unitEvent.unknown"),
        keys(draft("MERGE", List.of("SKHDT", "SXYZ"), List.of("STC"), Map.of())));
    assertEquals(
        List.of("unitEvent.unknown"),
        keys(draft("MERGE", List.of("SKHDT", "STC"), List.of("SMOI"), Map.of())),
        "a new unit needs its name");
    assertEquals(
        List.of("unitEvent.retired"),
        keys(draft("MERGE", List.of("SKHDT", "HCL"), List.of("SKHDT"), Map.of())));
    assertEquals(
        List.of("unitEvent.duplicate"),
        keys(draft("MERGE", List.of("SKHDT", "SKHDT"), List.of("STC"), Map.of())));
  }

  @Test
  void eachKindHasItsNumberOfUnits() {
    assertEquals(
        List.of("unitEvent.count.MERGE"),
        keys(draft("MERGE", List.of("SKHDT"), List.of("STC"), Map.of())));
    assertEquals(
        List.of("unitEvent.count.SPLIT"),
        keys(draft("SPLIT", List.of("STC"), List.of("STC"), Map.of())));
    assertEquals(
        List.of("unitEvent.count.DISSOLVE"),
        keys(draft("DISSOLVE", List.of("STC"), List.of("SKHDT"), Map.of())));
    assertEquals(
        List.of("unitEvent.count.RENAME"),
        keys(
            draft(
                "RENAME",
                List.of("STC"),
                List.of("SKHDT"),
                Map.of("STC", new UnitEventDraft.Name("Sở Tài chính", null)))),
        "a rename leads to its own unit");
    assertEquals(
        List.of("unitEvent.kind.invalid"),
        keys(draft("MOVE", List.of("STC"), List.of(), Map.of())));
  }

  @Test
  void aRenameNeedsTheNewNameAndNamesOnlyItsUnit() {
    assertEquals(
        List.of("unitEvent.name.required"),
        keys(draft("RENAME", List.of("STC"), List.of("STC"), Map.of())));
    assertEquals(
        List.of("unitEvent.name.notInEvent"),
        keys(
            draft(
                "RENAME",
                List.of("STC"),
                List.of("STC"),
                Map.of(
                    "STC", new UnitEventDraft.Name("Sở Tài chính", null),
                    "SKHDT", new UnitEventDraft.Name("Sở Kế hoạch", null)))));
    assertEquals(
        List.of("text.control", "text.tooLong"),
        keys(
            draft(
                "RENAME",
                List.of("STC"),
                List.of("STC"),
                Map.of("STC", new UnitEventDraft.Name("Sở\u0000Tài chính", "x".repeat(301))))));
  }

  @Test
  void aTransferUnderItsOwnChildIsACycle() {
    units.get("STC").setParent(units.get("SKHDT"));
    assertEquals(
        List.of("unit.parent.cycle"),
        keys(draft("TRANSFER", List.of("SKHDT"), List.of("STC"), Map.of())));
  }

  @Test
  void theFutureAndAMissingDecisionAreRefused() {
    UnitEventDraft future =
        new UnitEventDraft(
            "DISSOLVE",
            List.of("STC"),
            List.of(),
            TODAY.plusDays(1),
            Map.of(),
            new UnitEventDraft.Basis(" ", TODAY.plusDays(1), null));
    List<Violation> problems = problems(future);
    assertEquals(
        List.of(
            "effectiveFrom:unitEvent.future",
            "legalBasis.number:field.required",
            "legalBasis.issuedOn:unitEvent.legal.future",
            "legalBasis.issuer:field.required"),
        problems.stream().map(v -> v.field() + ":" + v.messageKey()).toList());
  }
}
