package vn.parindex.shared;

import java.util.List;

/** One page of a long list and how many rows the whole list (as searched) holds. */
public record ResultPage<T>(List<T> rows, int total) {
  public ResultPage {
    rows = List.copyOf(rows);
  }
}
