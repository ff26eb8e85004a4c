package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.parindex.ranking.Result;

/**
 * What a published version changed for one unit against the version before: its index, rank and
 * classification before and after (null where the unit was not in that version).
 */
public record VersionChange(
    String unitCode,
    BigDecimal indexBefore,
    BigDecimal indexAfter,
    Integer rankBefore,
    Integer rankAfter,
    String classificationBefore,
    String classificationAfter) {

  /** Each unit whose index, rank or classification differs between the two versions. */
  public static List<VersionChange> between(List<Result> before, List<Result> after) {
    Map<String, Result> earlier = new LinkedHashMap<>();
    before.forEach(r -> earlier.put(r.unitCode(), r));
    List<VersionChange> changes = new ArrayList<>();
    for (Result now : after) {
      Result then = earlier.remove(now.unitCode());
      if (then == null
          || then.index().compareTo(now.index()) != 0
          || then.rank() != now.rank()
          || !Objects.equals(then.classification(), now.classification())) {
        changes.add(
            new VersionChange(
                now.unitCode(),
                then == null ? null : then.index(),
                now.index(),
                then == null ? null : then.rank(),
                now.rank(),
                then == null ? null : then.classification(),
                now.classification()));
      }
    }
    for (Result gone : earlier.values()) {
      changes.add(
          new VersionChange(
              gone.unitCode(), gone.index(), null, gone.rank(), null, gone.classification(), null));
    }
    return changes;
  }
}
