package vn.parindex.assessment.offline;

import java.util.List;
import vn.parindex.shared.Violation;

/**
 * An uploaded sheet as its reader found it: the campaign and unit it was downloaded for, its data
 * rows, and what is wrong with its structure (a heading changed, a column moved).
 */
public record SheetUpload(
    Long campaignId, String unitCode, List<SheetRow> rows, List<Violation> structure) {

  public SheetUpload {
    rows = List.copyOf(rows);
    structure = List.copyOf(structure);
  }
}
