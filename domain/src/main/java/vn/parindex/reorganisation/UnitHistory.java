package vn.parindex.reorganisation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.shared.Clocks;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;

/**
 * Units as they were: a unit's names and events in order, every unit's name on a past day, and who
 * succeeded whom, so that a past year's documents say what they said then and a comparison can
 * follow a unit into its successor.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class UnitHistory {
  @Inject UnitRepository units;
  @Inject UnitHistoryRepository history;
  @Inject Clock clock;

  /**
   * A name the unit had, from the first day to the last; none for a bound the records do not know
   * (a unit older than them, a unit still in being).
   */
  public record Period(
      String nameVi, String nameEn, String parentCode, LocalDate from, LocalDate until) {}

  /** A unit's names and the events it took part in, earliest first, with its lineage. */
  public record History(
      OrganisationUnit unit,
      List<Period> names,
      List<UnitEvent> events,
      List<String> predecessors,
      List<String> successors) {}

  public History of(String code) {
    OrganisationUnit unit =
        units.findByCode(code).orElseThrow(() -> new NotFoundException("unit.notFound", code));
    List<Period> names = new ArrayList<>();
    LocalDate from = unit.getValidFrom();
    for (FormerName former : history.formerNamesOf(code)) {
      names.add(
          new Period(
              former.getNameVi(),
              former.getNameEn(),
              former.getParentCode(),
              from,
              former.getValidUntil()));
      from = former.getValidUntil().plusDays(1);
    }
    names.add(
        new Period(
            unit.getNameVi(),
            unit.getNameEn(),
            unit.getParent() == null ? null : unit.getParent().getCode(),
            from,
            unit.getRetiredOn() == null ? null : unit.getRetiredOn().minusDays(1)));
    List<UnitEvent> events = history.eventsOf(code);
    Lineage lineage = Lineage.of(events);
    return new History(
        unit, names, events, lineage.predecessorsOf(code), lineage.successorsOf(code));
  }

  /**
   * Every unit's Vietnamese name in a campaign's year (on its last day, or today for the current
   * year), with today's name beside it where it changed since: "Sở Kế hoạch và Đầu tư (nay: Sở Tài
   * chính và Kế hoạch)". The documents and pages of a past year name units this way; the public
   * page of open results too, so names are no secret.
   */
  @PermitAll
  public Map<String, String> namesIn(int year) {
    LocalDate today = LocalDate.now(clock.withZone(Clocks.VIETNAM));
    LocalDate end = LocalDate.of(year, 12, 31);
    List<OrganisationUnit> all = units.findAll();
    Map<String, String> names = namesOn(end.isBefore(today) ? end : today, all);
    all.stream()
        .filter(u -> !u.getNameVi().equals(names.get(u.getCode())))
        .forEach(
            u -> names.put(u.getCode(), names.get(u.getCode()) + " (nay: " + u.getNameVi() + ")"));
    return names;
  }

  /** Every unit's Vietnamese name as it was on {@code day}, by code. */
  private Map<String, String> namesOn(LocalDate day, List<OrganisationUnit> all) {
    Map<String, String> names = new HashMap<>();
    all.forEach(u -> names.put(u.getCode(), u.getNameVi()));
    // Earliest first: the first former name still in use on the day is the one it had then.
    List<FormerName> formers = history.formerNamesFrom(day);
    for (int i = formers.size() - 1; i >= 0; i--) {
      names.put(formers.get(i).getUnitCode(), formers.get(i).getNameVi());
    }
    return names;
  }

  /** Every recorded change, earliest first. */
  public List<UnitEvent> events() {
    return history.events();
  }

  /** Who succeeded whom through every recorded merge and split. */
  public Lineage lineage() {
    return Lineage.of(history.events());
  }
}
