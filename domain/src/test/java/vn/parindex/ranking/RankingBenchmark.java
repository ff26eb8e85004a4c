package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import vn.parindex.organisation.UnitKind;

/**
 * The ranking at national scale (issue 15): index, ranks and bands of 2,000 units × 150 leaves in
 * five groups, with bonus and penalty points under caps and last year's ranks beside, computed by
 * {@link Ranking#compute} as the application computes them. Prints the average time and, from JMH's
 * GC profiler, the bytes allocated per computation. Not part of the build (its name is not *Test);
 * run it with {@code ./mvnw -pl domain test -Dtest=RankingBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. JMH runs in the test's JVM (no fork): Surefire's class
 * path does not reach a forked one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RankingBenchmark {
  private static final UnitKind[] GROUPS = {
    UnitKind.DEPARTMENT, UnitKind.DISTRICT, UnitKind.COMMUNE, UnitKind.CENTRAL_AGENCY
  };

  @Param({"2000"})
  public int units;

  @Param({"150"})
  public int leaves;

  private List<SubjectPoints> subjects;
  private Map<String, Integer> previousRanks;
  private final Ranking.Caps caps = new Ranking.Caps(new BigDecimal("3"), new BigDecimal("5"));

  @Setup(Level.Trial)
  public void makeUnits() {
    subjects = new ArrayList<>();
    previousRanks = new java.util.HashMap<>();
    for (int u = 0; u < units; u++) {
      List<SubjectPoints.Leaf> points = new ArrayList<>();
      for (int l = 0; l < leaves; l++) {
        BigDecimal max = l % 2 == 0 ? BigDecimal.ONE : new BigDecimal("2");
        // Points by halves, spread so that many units tie and ranks are shared.
        BigDecimal got =
            l % 2 == 0
                ? BigDecimal.valueOf((u + l) % 5 == 0 ? 0 : 1)
                : new BigDecimal((u * 7 + l) % 5).multiply(new BigDecimal("0.5"));
        points.add(
            new SubjectPoints.Leaf(
                (l / 15 + 1) + "." + (l % 15 + 1),
                String.valueOf(l / 15 + 1),
                max,
                got,
                l % 37 != 0));
      }
      String code = String.format("DV%04d", u);
      subjects.add(
          new SubjectPoints(
              code,
              GROUPS[u % GROUPS.length],
              points,
              new BigDecimal(u % 4),
              new BigDecimal(u % 3)));
      previousRanks.put(code, u / GROUPS.length + 1);
    }
  }

  @Benchmark
  public List<Result> rankTwoThousandUnits() {
    return Ranking.compute(subjects, caps, Bands.DEFAULT, previousRanks);
  }

  @Test
  void printTimeAndAllocation() throws Exception {
    Options options =
        new OptionsBuilder()
            .include(RankingBenchmark.class.getName() + ".rankTwoThousandUnits")
            .forks(0)
            .warmupIterations(3)
            .warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
            .measurementIterations(5)
            .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
            .addProfiler(GCProfiler.class)
            .build();
    new Runner(options).run();
  }
}
