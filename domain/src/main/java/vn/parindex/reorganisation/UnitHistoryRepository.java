package vn.parindex.reorganisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores the changes of units and the names they had; implemented in the persistence module. */
public interface UnitHistoryRepository {
  /** Stores the event at once, so that the former names it ends may refer to it. */
  void add(UnitEvent event);

  void add(FormerName name);

  /** The event, locked until the transaction ends; empty if there is none. */
  Optional<UnitEvent> lockEvent(long id);

  /** The former names the event ended. */
  List<FormerName> formerNamesOfEvent(long eventId);

  /** The events a unit took part in, earliest first. */
  List<UnitEvent> eventsOf(String unitCode);

  /** Every recorded event, earliest first: few, one per decision. */
  List<UnitEvent> events();

  /**
   * Each unit's last event day, for those of {@code unitCodes} that have one; withdrawn events do
   * not count.
   */
  Map<String, LocalDate> lastEvents(Collection<String> unitCodes);

  /** A unit's former names, earliest first; those of withdrawn events are not among them. */
  List<FormerName> formerNamesOf(String unitCode);

  /**
   * The former names still in use on {@code day} or later, earliest first; those of withdrawn
   * events are not among them.
   */
  List<FormerName> formerNamesFrom(LocalDate day);
}
