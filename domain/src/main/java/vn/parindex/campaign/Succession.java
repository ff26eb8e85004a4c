package vn.parindex.campaign;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.reorganisation.Lineage;

/**
 * Where a campaign cloned after a reorganisation finds each unit of last year's: a retired unit's
 * one successor (followed through later merges), else the unit itself, which the checks before
 * opening then list (a unit split into several, or dissolved, needs a person to decide).
 */
public final class Succession {
  private final Lineage lineage;
  private final Function<String, Optional<OrganisationUnit>> units;
  private final Map<String, String> found = new HashMap<>();

  Succession(Lineage lineage, Function<String, Optional<OrganisationUnit>> units) {
    this.lineage = lineage;
    this.units = units;
  }

  /** The code the unit goes on under in the next campaign. */
  String of(String code) {
    return found.computeIfAbsent(code, this::follow);
  }

  private String follow(String code) {
    String at = code;
    // Bounded by the number of merges recorded: a lineage has no cycles, but a loop is cheap to
    // rule out.
    for (int steps = 0; steps < 100; steps++) {
      boolean active = units.apply(at).map(OrganisationUnit::isActive).orElse(false);
      List<String> next = lineage.successorsOf(at);
      if (active || next.size() != 1) {
        return at;
      }
      at = next.get(0);
    }
    return at;
  }

  /** Last year's subjects as they go on: each retired one's successor, once, active ones only. */
  List<OrganisationUnit> subjects(List<OrganisationUnit> subjects) {
    Map<String, OrganisationUnit> next = new LinkedHashMap<>();
    for (OrganisationUnit subject : subjects) {
      units
          .apply(of(subject.getCode()))
          .filter(OrganisationUnit::isActive)
          .ifPresent(unit -> next.putIfAbsent(unit.getCode(), unit));
    }
    return List.copyOf(next.values());
  }

  /** An assignment rule with each unit it names replaced by its successor. */
  StoredRule rule(StoredRule rule) {
    AssignmentRow row = rule.toRow();
    return new StoredRule(
        new AssignmentRow(
            row.row(),
            row.scopeCode(),
            of(row.leadUnitCode()),
            row.exceptCodes().stream().map(this::of).distinct().toList(),
            row.coordinatingUnitCodes().stream().map(this::of).distinct().toList()));
  }
}
