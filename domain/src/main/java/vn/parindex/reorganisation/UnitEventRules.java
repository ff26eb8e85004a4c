package vn.parindex.reorganisation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * Whether a change of units can be recorded as entered; plain Java, so each rule is tested without
 * a container. History is written in order: a unit's event must fall after its last recorded one
 * (two on one day would leave it unclear which came first), on or after the day it was created,
 * never in the future (a decision is recorded when it takes effect), and the units it names must
 * exist and be active, but for the new ones it creates, named in the draft.
 */
public final class UnitEventRules {
  /** A day as the messages write it. */
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private UnitEventRules() {}

  /** What the units of an event looked like before it: by code, and each one's last event day. */
  public record Known(Map<String, OrganisationUnit> units, Map<String, LocalDate> lastEvents) {}

  /** Every reason the draft cannot be recorded; none when it can. */
  public static List<Violation> problems(UnitEventDraft draft, Known known, LocalDate today) {
    List<Violation> problems = new ArrayList<>();
    Optional<UnitEventKind> kind = kind(draft.kind(), problems);
    LocalDate effective = draft.effectiveFrom();
    if (effective == null) {
      problems.add(Violation.ofField("effectiveFrom", "field.required"));
    } else if (effective.isAfter(today)) {
      problems.add(Violation.ofField("effectiveFrom", "unitEvent.future"));
    }
    basis(draft.legalBasis(), today, problems);
    kind.ifPresent(
        k -> {
          // A rename leads to the unit itself, if it names the unit it leads to at all.
          boolean renamesAnother =
              k == UnitEventKind.RENAME && !draft.fromCodes().containsAll(draft.toCodes());
          if (!k.counts(draft.fromCodes().size(), draft.toCodes().size()) || renamesAnother) {
            problems.add(Violation.ofField("kind", "unitEvent.count." + k.name()));
          }
        });
    duplicates(draft, problems);
    for (String code : draft.fromCodes()) {
      existing(code, "fromCodes", known, effective, problems);
    }
    for (String code : draft.toCodes()) {
      if (draft.fromCodes().contains(code)) {
        continue;
      }
      if (known.units().containsKey(code) || !draft.names().containsKey(code)) {
        existing(code, "toCodes", known, effective, problems);
      } else if (!code.matches(OrganisationUnit.CODE_PATTERN)) {
        problems.add(Violation.ofField("toCodes", "unit.code.invalid", code));
      }
    }
    kind.ifPresent(k -> names(k, draft, problems));
    if (kind.orElse(null) == UnitEventKind.TRANSFER && problems.isEmpty()) {
      OrganisationUnit unit = known.units().get(draft.fromCodes().get(0));
      OrganisationUnit parent = known.units().get(draft.toCodes().get(0));
      if (unit.isAncestorOf(parent)) {
        problems.add(Violation.ofField("toCodes", "unit.parent.cycle", parent.getCode()));
      }
    }
    return problems;
  }

  /** Every reason the reason given for withdrawing an event cannot be kept; none when it can. */
  public static List<Violation> withdrawalReason(String reason) {
    if (Text.nfc(reason) == null) {
      return List.of(Violation.ofField("reason", "field.required"));
    }
    return Violation.ofText("reason", reason, UnitEvent.REASON_LENGTH).stream().toList();
  }

  /**
   * Why {@code event} cannot be withdrawn now, given every event of each unit it names: it is
   * withdrawn already, or a unit has a later event, which rests on what this one did and must be
   * withdrawn first.
   */
  public static Optional<ConflictException> withdrawalConflict(
      UnitEvent event, Map<String, List<UnitEvent>> eventsByUnit) {
    if (event.isWithdrawn()) {
      return Optional.of(new ConflictException("unitEvent.withdrawal.already"));
    }
    for (String code : event.unitCodes()) {
      Optional<UnitEvent> later =
          eventsByUnit.getOrDefault(code, List.of()).stream()
              .filter(other -> !other.isWithdrawn() && !same(other, event))
              .filter(other -> !other.getEffectiveFrom().isBefore(event.getEffectiveFrom()))
              .findFirst();
      if (later.isPresent()) {
        return Optional.of(
            new ConflictException(
                "unitEvent.withdrawal.notLast", code, DAY.format(later.get().getEffectiveFrom())));
      }
    }
    return Optional.empty();
  }

  private static boolean same(UnitEvent one, UnitEvent other) {
    return one == other || one.getId() != null && one.getId().equals(other.getId());
  }

  private static Optional<UnitEventKind> kind(String kind, List<Violation> problems) {
    try {
      return Optional.of(UnitEventKind.valueOf(String.valueOf(kind)));
    } catch (IllegalArgumentException e) {
      problems.add(Violation.ofField("kind", "unitEvent.kind.invalid", String.valueOf(kind)));
      return Optional.empty();
    }
  }

  private static void basis(UnitEventDraft.Basis basis, LocalDate today, List<Violation> problems) {
    if (basis == null || Text.nfc(basis.number()) == null) {
      problems.add(Violation.ofField("legalBasis.number", "field.required"));
    } else {
      text("legalBasis.number", basis.number(), LegalBasis.NUMBER_LENGTH, problems);
    }
    if (basis == null || basis.issuedOn() == null) {
      problems.add(Violation.ofField("legalBasis.issuedOn", "field.required"));
    } else if (basis.issuedOn().isAfter(today)) {
      problems.add(Violation.ofField("legalBasis.issuedOn", "unitEvent.legal.future"));
    }
    if (basis == null || Text.nfc(basis.issuer()) == null) {
      problems.add(Violation.ofField("legalBasis.issuer", "field.required"));
    } else {
      text("legalBasis.issuer", basis.issuer(), LegalBasis.ISSUER_LENGTH, problems);
    }
  }

  private static void duplicates(UnitEventDraft draft, List<Violation> problems) {
    for (List<String> codes : List.of(draft.fromCodes(), draft.toCodes())) {
      Set<String> seen = new HashSet<>();
      codes.stream()
          .filter(code -> code == null || !seen.add(code))
          .forEach(
              code ->
                  problems.add(
                      Violation.ofField(
                          codes == draft.fromCodes() ? "fromCodes" : "toCodes",
                          "unitEvent.duplicate",
                          String.valueOf(code))));
    }
  }

  /** A unit the event names that must already exist, be active and have no later event. */
  private static void existing(
      String code, String field, Known known, LocalDate effective, List<Violation> problems) {
    OrganisationUnit unit = code == null ? null : known.units().get(code);
    if (unit == null) {
      problems.add(Violation.ofField(field, "unitEvent.unknown", String.valueOf(code)));
      return;
    }
    if (!unit.isActive()) {
      problems.add(Violation.ofField(field, "unitEvent.retired", code));
    }
    if (effective == null) {
      return;
    }
    if (unit.getValidFrom() != null && effective.isBefore(unit.getValidFrom())) {
      problems.add(
          Violation.ofField(
              field, "unitEvent.beforeExisted", code, DAY.format(unit.getValidFrom())));
    }
    LocalDate last = known.lastEvents().get(code);
    if (last != null && last.equals(effective)) {
      problems.add(Violation.ofField(field, "unitEvent.sameDay", code, DAY.format(last)));
    } else if (last != null && last.isAfter(effective)) {
      problems.add(Violation.ofField(field, "unitEvent.afterLater", code, DAY.format(last)));
    }
  }

  /**
   * The names entered: a rename gives its unit's new name, a new unit its name; a name for any
   * other unit would be silently ignored, so it is refused.
   */
  private static void names(UnitEventKind kind, UnitEventDraft draft, List<Violation> problems) {
    if (kind == UnitEventKind.RENAME
        && !draft.fromCodes().isEmpty()
        && !draft.names().containsKey(draft.fromCodes().get(0))) {
      problems.add(Violation.ofField("names", "unitEvent.name.required", draft.fromCodes().get(0)));
    }
    for (Map.Entry<String, UnitEventDraft.Name> name : draft.names().entrySet()) {
      boolean named =
          kind == UnitEventKind.RENAME
              ? draft.fromCodes().contains(name.getKey())
              : kind != UnitEventKind.TRANSFER && draft.toCodes().contains(name.getKey());
      if (!named) {
        problems.add(Violation.ofField("names", "unitEvent.name.notInEvent", name.getKey()));
      } else if (name.getValue() == null || Text.nfc(name.getValue().nameVi()) == null) {
        problems.add(Violation.ofField("names", "unitEvent.name.required", name.getKey()));
      } else {
        text("names", name.getValue().nameVi(), OrganisationUnit.NAME_LENGTH, problems);
        text("names", name.getValue().nameEn(), OrganisationUnit.NAME_LENGTH, problems);
      }
    }
  }

  private static void text(String field, String value, int max, List<Violation> problems) {
    Violation.ofText(field, value, max).ifPresent(problems::add);
  }
}
