package vn.parindex.campaign;

import java.util.List;

/**
 * One line of an assignment table: "scope node → lead unit, except these codes", optionally with
 * the units asked to supply evidence for it. {@code row} counts the header as row 1.
 */
public record AssignmentRow(
    int row,
    String scopeCode,
    String leadUnitCode,
    List<String> exceptCodes,
    List<String> coordinatingUnitCodes) {

  public AssignmentRow {
    exceptCodes = List.copyOf(exceptCodes);
    coordinatingUnitCodes = List.copyOf(coordinatingUnitCodes);
  }
}
