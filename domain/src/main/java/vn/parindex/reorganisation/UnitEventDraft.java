package vn.parindex.reorganisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A change of units as an officer enters it from the decision: the kind, the units it starts from
 * and leads to, the day it takes effect, the names of new or renamed units, the decision.
 *
 * @param names code → the name it takes: for a unit the event creates, or a unit it renames
 */
public record UnitEventDraft(
    String kind,
    List<String> fromCodes,
    List<String> toCodes,
    LocalDate effectiveFrom,
    Map<String, Name> names,
    Basis legalBasis) {
  public UnitEventDraft {
    fromCodes = fromCodes == null ? List.of() : List.copyOf(fromCodes);
    toCodes = toCodes == null ? List.of() : List.copyOf(toCodes);
    names = names == null ? Map.of() : Map.copyOf(names);
  }

  /** A unit's name in Vietnamese and, optionally, English. */
  public record Name(String nameVi, String nameEn) {}

  /** The decision as entered. */
  public record Basis(String number, LocalDate issuedOn, String issuer) {}
}
