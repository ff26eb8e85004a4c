package vn.parindex.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.organisation.UnitKind;
import vn.parindex.shared.InvalidInputException;

class RankingTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static SubjectPoints.Leaf leaf(String code, String max, String points) {
    return new SubjectPoints.Leaf(
        code, code.substring(0, 1), d(max), points == null ? null : d(points), true);
  }

  private static SubjectPoints subject(String code, UnitKind group, String... pointsOnTen) {
    List<SubjectPoints.Leaf> leaves = new ArrayList<>();
    for (int i = 0; i < pointsOnTen.length; i++) {
      leaves.add(leaf((i + 1) + ".1", "10", pointsOnTen[i]));
    }
    return new SubjectPoints(code, group, leaves, null, null);
  }

  private static List<String> ranks(List<Result> results) {
    return results.stream().map(r -> r.unitCode() + ":" + r.rank()).toList();
  }

  @Test
  void equalIndexesShareARankAndTheNextRankSkips() {
    List<Result> results =
        Ranking.compute(
            List.of(
                subject("STP", UnitKind.DEPARTMENT, "9", "8"),
                subject("SNV", UnitKind.DEPARTMENT, "10", "9"),
                subject("STC", UnitKind.DEPARTMENT, "8", "9"),
                subject("SYT", UnitKind.DEPARTMENT, "5", "5")),
            Ranking.Caps.NONE,
            Bands.DEFAULT,
            Map.of());
    assertEquals(List.of("SNV:1", "STC:2", "STP:2", "SYT:4"), ranks(results));
    assertEquals(d("95.00"), results.get(0).index());
    assertEquals("Tốt", results.get(0).classification());
    assertEquals("Khá", results.get(1).classification());
    assertEquals("Yếu", results.get(3).classification());
  }

  @Test
  void eachGroupIsRankedOnItsOwn() {
    List<Result> results =
        Ranking.compute(
            List.of(
                subject("HCX", UnitKind.DISTRICT, "7"),
                subject("STP", UnitKind.DEPARTMENT, "9"),
                subject("HKA", UnitKind.DISTRICT, "8"),
                subject("CT", UnitKind.CENTRAL_AGENCY, "6")),
            Ranking.Caps.NONE,
            Bands.DEFAULT,
            Map.of());
    assertEquals(List.of("STP:1", "HKA:1", "HCX:2", "CT:1"), ranks(results));
  }

  @Test
  void aLeafThatDoesNotApplyLeavesTheMaxAndTheIndexIsRoundedHalfUp() {
    SubjectPoints subject =
        new SubjectPoints(
            "VPUBND",
            UnitKind.DEPARTMENT,
            List.of(
                leaf("1.1", "3", "2.5"),
                leaf("1.2", "3", "2.5"),
                new SubjectPoints.Leaf("2.1", "2", d("4"), null, false)),
            null,
            null);
    Result result =
        Ranking.compute(List.of(subject), Ranking.Caps.NONE, Bands.DEFAULT, Map.of()).get(0);
    assertEquals(d("6.00"), result.applicableMax());
    assertEquals(d("5.00"), result.total());
    assertEquals(d("83.33"), result.index(), "5 / 6 = 83.333…");
    assertEquals(1, result.fields().size(), "a field with nothing applicable is left out");
    assertEquals(d("83.33"), result.fields().get(0).index());

    SubjectPoints twoThirds =
        new SubjectPoints("X", UnitKind.DEPARTMENT, List.of(leaf("1.1", "3", "2")), null, null);
    assertEquals(
        d("66.67"),
        Ranking.compute(List.of(twoThirds), Ranking.Caps.NONE, Bands.DEFAULT, Map.of())
            .get(0)
            .index(),
        "66.666… rounds half up to 66.67");
  }

  @Test
  void bonusAndPenaltyAreHeldToTheirCaps() {
    SubjectPoints subject =
        new SubjectPoints(
            "STP", UnitKind.DEPARTMENT, List.of(leaf("1.1", "100", "80")), d("5"), d("1.5"));
    Result uncapped =
        Ranking.compute(List.of(subject), Ranking.Caps.NONE, Bands.DEFAULT, Map.of()).get(0);
    assertEquals(d("83.50"), uncapped.total());
    Result capped =
        Ranking.compute(List.of(subject), new Ranking.Caps(d("2"), d("1")), Bands.DEFAULT, Map.of())
            .get(0);
    assertEquals(d("81.00"), capped.total(), "80 + min(5, 2) − min(1.5, 1)");
    SubjectPoints heavy =
        new SubjectPoints(
            "SYT", UnitKind.DEPARTMENT, List.of(leaf("1.1", "100", "3")), null, d("10"));
    assertEquals(
        d("0.00"),
        Ranking.compute(List.of(heavy), Ranking.Caps.NONE, Bands.DEFAULT, Map.of()).get(0).total(),
        "a total never goes below 0");
  }

  @Test
  void theChangeOfRankIsAgainstLastYear() {
    List<Result> results =
        Ranking.compute(
            List.of(
                subject("STP", UnitKind.DEPARTMENT, "9"), subject("SNV", UnitKind.DEPARTMENT, "8")),
            Ranking.Caps.NONE,
            Bands.DEFAULT,
            Map.of("STP", 2, "SNV", 1));
    assertEquals(1, results.get(0).rankChange(), "STP went up from 2 to 1");
    assertEquals(-1, results.get(1).rankChange());
    assertNull(
        Ranking.compute(
                List.of(subject("SXD", UnitKind.DEPARTMENT, "9")),
                Ranking.Caps.NONE,
                Bands.DEFAULT,
                Map.of())
            .get(0)
            .rankChange());
  }

  @Test
  void bandsClassifyAtTheirLowerBoundAndMustStartAtZero() {
    assertEquals("Tốt", Bands.DEFAULT.classify(d("90.00")));
    assertEquals("Khá", Bands.DEFAULT.classify(d("89.99")));
    assertEquals("Trung bình", Bands.DEFAULT.classify(d("70")));
    assertEquals("Yếu", Bands.DEFAULT.classify(d("69.99")));
    assertThrows(
        InvalidInputException.class,
        () -> new Bands(List.of(new Bands.Band("A", d("90")), new Bands.Band("B", d("80")))));
  }
}
