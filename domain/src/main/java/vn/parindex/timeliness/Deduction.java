package vn.parindex.timeliness;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import vn.parindex.framework.Points;

/**
 * The points a unit's record takes off its evaluation, with the arithmetic that gives them.
 *
 * @param total what the lines add up to
 * @param applied the total held to the cap: what is taken off
 */
public record Deduction(List<Line> lines, BigDecimal total, BigDecimal cap, BigDecimal applied) {

  /** One kind of lapse: how many, at how many points each. */
  public record Line(LapseKind kind, int count, BigDecimal each, BigDecimal amount) {
    /** {@code Gửi kết quả muộn: 2 × 0,5 = 1} */
    public String arithmetic() {
      return kind.documentLabel()
          + ": "
          + count
          + " × "
          + Points.vietnamese(each)
          + " = "
          + Points.vietnamese(amount);
    }
  }

  public boolean capped() {
    return applied.compareTo(total) < 0;
  }

  /**
   * The whole sum as the reason of the deduction records it: each line, the total, and the cap
   * where it bit.
   */
  public String arithmetic() {
    String sum =
        lines.isEmpty()
            ? "Không có lần chậm, trễ nào được tính điểm"
            : lines.stream().map(Line::arithmetic).collect(Collectors.joining("; "));
    return sum
        + ". Tổng "
        + Points.vietnamese(total)
        + (capped() ? ", trừ tối đa " + Points.vietnamese(cap) : "")
        + " → trừ "
        + Points.vietnamese(applied)
        + " điểm.";
  }
}
