package vn.parindex.assessment.offline;

import java.util.List;

/**
 * A unit's leaves of a campaign as the offline sheet carries them, with the campaign and unit it is
 * made for (an upload for another is refused) and whether the unit may still change them.
 */
public record OfflineSheet(
    long campaignId,
    String campaignName,
    String unitCode,
    String unitName,
    boolean editable,
    List<SheetLeaf> leaves) {

  public OfflineSheet {
    leaves = List.copyOf(leaves);
  }
}
