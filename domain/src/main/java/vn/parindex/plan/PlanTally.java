package vn.parindex.plan;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** How many of a set of tasks stand in each state, as a plan's or a unit's line shows it. */
public record PlanTally(Map<TaskState, Integer> counts) {
  public PlanTally {
    counts = Map.copyOf(counts);
  }

  public static PlanTally of(Collection<TaskState> states) {
    Map<TaskState, Integer> counts = new EnumMap<>(TaskState.class);
    for (TaskState s : TaskState.values()) {
      counts.put(s, 0);
    }
    states.forEach(s -> counts.merge(s, 1, Integer::sum));
    return new PlanTally(counts);
  }

  public int count(TaskState state) {
    return counts.getOrDefault(state, 0);
  }

  /** The same, by the state's name, for the pages' expressions (which cannot name an enum). */
  public int in(String state) {
    return count(TaskState.valueOf(state));
  }

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int done() {
    return count(TaskState.DONE_ON_TIME) + count(TaskState.DONE_LATE);
  }

  /** Tasks done as a share of all, 0–100, whole percent rounded down; 0 for no task. */
  public int percentDone() {
    return total() == 0 ? 0 : done() * 100 / total();
  }
}
