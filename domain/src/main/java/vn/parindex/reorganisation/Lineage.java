package vn.parindex.reorganisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who succeeded whom: through a merge the units merged into the one they became, through a split
 * the unit into each it became. A unit that continues through its own event (the one absorbing the
 * others) is not its own predecessor.
 */
public final class Lineage {
  private final Map<String, List<String>> successors = new LinkedHashMap<>();
  private final Map<String, List<String>> predecessors = new LinkedHashMap<>();

  private Lineage() {}

  /** The lineage of {@code events}, in the order they took effect; withdrawn ones do not count. */
  public static Lineage of(List<UnitEvent> events) {
    Lineage lineage = new Lineage();
    for (UnitEvent event : events) {
      if (event.isWithdrawn() || !event.getKind().succeeds()) {
        continue;
      }
      for (String from : event.fromCodes()) {
        for (String to : event.toCodes()) {
          if (!from.equals(to)) {
            lineage.link(from, to);
          }
        }
      }
    }
    return lineage;
  }

  /** A lineage given as each unit's successors, by code (the successions of a test). */
  public static Lineage ofSuccessors(Map<String, List<String>> successors) {
    Lineage lineage = new Lineage();
    successors.forEach((from, tos) -> tos.forEach(to -> lineage.link(from, to)));
    return lineage;
  }

  private void link(String from, String to) {
    successors.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
    predecessors.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
  }

  /** The units {@code code} became directly. */
  public List<String> successorsOf(String code) {
    return List.copyOf(successors.getOrDefault(code, List.of()));
  }

  /** The units that became {@code code} directly. */
  public List<String> predecessorsOf(String code) {
    return List.copyOf(predecessors.getOrDefault(code, List.of()));
  }
}
