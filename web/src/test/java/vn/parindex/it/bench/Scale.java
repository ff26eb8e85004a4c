package vn.parindex.it.bench;

import java.util.Arrays;
import java.util.List;

/** How many units a campaign scores, on a framework of how many leaves: {@code 40x88}. */
record Scale(int units, int leaves) {
  static List<Scale> parse(String list) {
    return Arrays.stream(list.split(","))
        .map(String::trim)
        .map(s -> s.split("x"))
        .map(p -> new Scale(Integer.parseInt(p[0]), Integer.parseInt(p[1])))
        .toList();
  }

  @Override
  public String toString() {
    return units + " units × " + leaves + " leaves";
  }
}
