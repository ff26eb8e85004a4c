package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/**
 * The classification of an index, set per campaign: each band has a name and the lowest index it
 * takes; an index below every band falls in the last, which starts at 0.
 */
public record Bands(List<Band> bands) {
  /** One band: its name ("Tốt") and the lowest index it takes, in %. */
  public record Band(String name, BigDecimal from) {}

  /** Tốt ≥ 90 %, Khá ≥ 80 %, Trung bình ≥ 70 %, Yếu below. */
  public static final Bands DEFAULT =
      new Bands(
          List.of(
              new Band("Tốt", new BigDecimal("90")),
              new Band("Khá", new BigDecimal("80")),
              new Band("Trung bình", new BigDecimal("70")),
              new Band("Yếu", BigDecimal.ZERO)));

  public Bands {
    bands = bands.stream().sorted(Comparator.comparing(Band::from).reversed()).toList();
    if (bands.isEmpty() || bands.get(bands.size() - 1).from().signum() != 0) {
      throw InvalidInputException.of(Violation.ofField("bands", "ranking.bands.floor"));
    }
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).from().compareTo(bands.get(i - 1).from()) == 0) {
        throw InvalidInputException.of(
            Violation.ofField("bands", "ranking.bands.duplicate", bands.get(i).from()));
      }
    }
  }

  public String classify(BigDecimal index) {
    return bands.stream()
        .filter(b -> index.compareTo(b.from()) >= 0)
        .findFirst()
        .orElse(bands.get(bands.size() - 1))
        .name();
  }
}
