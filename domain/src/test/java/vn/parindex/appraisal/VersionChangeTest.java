package vn.parindex.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.organisation.UnitKind;
import vn.parindex.ranking.Result;

class VersionChangeTest {
  private static Result result(String unit, String index, int rank, String band) {
    return new Result(
        unit,
        UnitKind.DEPARTMENT,
        new BigDecimal(index),
        new BigDecimal("100"),
        new BigDecimal(index),
        rank,
        null,
        band,
        List.of());
  }

  @Test
  void onlyTheUnitsWhoseIndexRankOrBandMovedAreListed() {
    List<Result> v1 =
        List.of(
            result("VPUBND", "100.00", 1, "Tốt"),
            result("STP", "95.00", 2, "Tốt"),
            result("SXD", "80.00", 3, "Khá"));
    List<Result> v2 =
        List.of(
            result("STP", "100.00", 1, "Tốt"),
            result("VPUBND", "100.00", 1, "Tốt"),
            result("SXD", "80.00", 3, "Khá"),
            result("STC", "70.00", 4, "Trung bình"));
    assertEquals(
        List.of(
            new VersionChange(
                "STP", new BigDecimal("95.00"), new BigDecimal("100.00"), 2, 1, "Tốt", "Tốt"),
            new VersionChange("STC", null, new BigDecimal("70.00"), null, 4, null, "Trung bình")),
        VersionChange.between(v1, v2));
  }

  @Test
  void aUnitNoLongerRankedIsListedAsGone() {
    assertEquals(
        List.of(new VersionChange("SXD", new BigDecimal("80.00"), null, 3, null, "Khá", null)),
        VersionChange.between(List.of(result("SXD", "80.00", 3, "Khá")), List.of()));
  }
}
