package vn.parindex.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.parindex.framework.NodeCode;
import vn.parindex.organisation.UnitKind;

/**
 * The results of a campaign, as plain arithmetic: a subject's total is its points on applicable
 * leaves plus its bonus and less its penalty, each held to the campaign's cap; its index is the
 * total over the applicable max, in % with 2 places rounded half up; subjects are ranked within
 * their group by index, equal indexes sharing a rank (1, 2, 2, 4).
 */
public final class Ranking {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Ranking() {}

  /** The caps on bonus and penalty points a campaign allows (null: no cap). */
  public record Caps(BigDecimal bonus, BigDecimal penalty) {
    public static final Caps NONE = new Caps(null, null);
  }

  public static List<Result> compute(
      List<SubjectPoints> subjects, Caps caps, Bands bands, Map<String, Integer> previousRanks) {
    Map<UnitKind, List<Scored>> byGroup = new TreeMap<>();
    for (SubjectPoints subject : subjects) {
      byGroup.computeIfAbsent(subject.group(), g -> new ArrayList<>()).add(score(subject, caps));
    }
    List<Result> results = new ArrayList<>();
    for (List<Scored> group : byGroup.values()) {
      group.sort(
          Comparator.comparing(Scored::index)
              .reversed()
              .thenComparing(s -> s.subject().unitCode()));
      int rank = 0;
      BigDecimal last = null;
      for (int i = 0; i < group.size(); i++) {
        Scored s = group.get(i);
        if (last == null || s.index().compareTo(last) != 0) {
          rank = i + 1;
          last = s.index();
        }
        results.add(
            new Result(
                s.subject().unitCode(),
                s.subject().group(),
                s.total(),
                s.max(),
                s.index(),
                rank,
                previousRanks.get(s.subject().unitCode()),
                bands.classify(s.index()),
                s.fields()));
      }
    }
    return results;
  }

  /** A subject's total, applicable max, index and field results, before ranking. */
  private record Scored(
      SubjectPoints subject,
      BigDecimal total,
      BigDecimal max,
      BigDecimal index,
      List<Result.FieldResult> fields) {}

  private static Scored score(SubjectPoints subject, Caps caps) {
    // Summed in any order (BigDecimal sums are exact), the fields put in the framework's order
    // once at the end: sorting 150 leaves by code for each of 2,000 units was most of the
    // ranking's time and allocation (RankingBenchmark).
    Map<String, BigDecimal[]> fields = new HashMap<>();
    BigDecimal points = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (SubjectPoints.Leaf leaf : subject.leaves()) {
      if (!leaf.applicable()) {
        continue;
      }
      BigDecimal got = Objects.requireNonNullElse(leaf.points(), BigDecimal.ZERO);
      points = points.add(got);
      max = max.add(leaf.max());
      BigDecimal[] field =
          fields.computeIfAbsent(
              leaf.fieldCode(), f -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      field[0] = field[0].add(got);
      field[1] = field[1].add(leaf.max());
    }
    BigDecimal total =
        points
            .add(capped(subject.bonus(), caps.bonus()))
            .subtract(capped(subject.penalty(), caps.penalty()))
            .max(BigDecimal.ZERO)
            .setScale(2, RoundingMode.HALF_UP);
    List<Result.FieldResult> fieldResults =
        fields.entrySet().stream()
            .sorted(Map.Entry.comparingByKey(NodeCode.ORDER))
            .map(
                e ->
                    new Result.FieldResult(
                        e.getKey(),
                        e.getValue()[0].setScale(2, RoundingMode.HALF_UP),
                        e.getValue()[1].setScale(2, RoundingMode.HALF_UP),
                        index(e.getValue()[0], e.getValue()[1])))
            .toList();
    return new Scored(
        subject, total, max.setScale(2, RoundingMode.HALF_UP), index(total, max), fieldResults);
  }

  /** Points over max in %, 2 places half up; nothing applicable gives 0. */
  static BigDecimal index(BigDecimal points, BigDecimal max) {
    if (max.signum() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return points.multiply(HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal capped(BigDecimal value, BigDecimal cap) {
    BigDecimal v = value == null ? BigDecimal.ZERO : value.max(BigDecimal.ZERO);
    return cap == null ? v : v.min(cap);
  }
}
