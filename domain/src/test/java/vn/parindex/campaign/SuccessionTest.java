package vn.parindex.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitKind;
import vn.parindex.reorganisation.Lineage;

/** A campaign cloned after merges finds each unit's successor; a split is left to a person. */
class SuccessionTest {
  private final Map<String, OrganisationUnit> units = new HashMap<>();
  private final Succession succession;

  SuccessionTest() {
    for (String code : List.of("SKHDT", "STC", "STTTT", "SKHCN", "SNN", "SGT", "SXD")) {
      units.put(code, new OrganisationUnit(code, "Sở " + code, null, UnitKind.DEPARTMENT));
    }
    LocalDate march = LocalDate.of(2025, 3, 1);
    // Planning into Finance, then Finance into Construction; Information split in two.
    units.get("SKHDT").retire(march);
    units.get("STC").retire(march.plusMonths(4));
    units.get("STTTT").retire(march);
    succession =
        new Succession(
            Lineage.ofSuccessors(
                Map.of(
                    "SKHDT",
                    List.of("STC"),
                    "STC",
                    List.of("SXD"),
                    "STTTT",
                    List.of("SKHCN", "SNN"))),
            code -> Optional.ofNullable(units.get(code)));
  }

  @Test
  void aMergedUnitGoesOnAsItsLastSuccessor() {
    assertEquals("SXD", succession.of("SKHDT"));
    assertEquals("SXD", succession.of("STC"));
    assertEquals("SGT", succession.of("SGT"), "an active unit stays");
    assertEquals("STTTT", succession.of("STTTT"), "a split has no one successor");
  }

  @Test
  void subjectsBecomeTheirSuccessorsOnceAndTheSplitOneIsLeftOut() {
    List<OrganisationUnit> next =
        succession.subjects(
            List.of(units.get("SKHDT"), units.get("STC"), units.get("SGT"), units.get("STTTT")));
    assertEquals(List.of("SXD", "SGT"), next.stream().map(OrganisationUnit::getCode).toList());
  }

  @Test
  void aRuleNamesTheSuccessors() {
    StoredRule rule =
        succession.rule(
            new StoredRule(
                new AssignmentRow(3, "1.1", "SKHDT", List.of("STC", "SXD"), List.of("STTTT"))));
    assertEquals(
        new AssignmentRow(3, "1.1", "SXD", List.of("SXD"), List.of("STTTT")), rule.toRow());
  }
}
