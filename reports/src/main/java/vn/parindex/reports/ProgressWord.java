package vn.parindex.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The progress report as a Word document filled into its template ({@value #TEMPLATE}): its title
 * lines and one table of the units, a real Word table whose header row repeats on each landscape
 * page.
 */
final class ProgressWord {
  /** The template in the reports jar. */
  static final String TEMPLATE = "templates/bao-cao-tien-do.docx";

  /** The names whose table row repeats, one row per item. */
  static final Set<String> TABLE_ROWS = Set.of("units");

  private ProgressWord() {}

  /**
   * @param rows the rows of the PDF's table, by the same keys
   */
  static byte[] render(
      WordTemplate.Source source,
      String campaign,
      String today,
      List<Map<String, ?>> rows,
      DocumentProperties properties) {
    Map<String, Object> data = new HashMap<>();
    data.put("campaign", campaign);
    data.put("today", today);
    data.put("units", rows.stream().map(WordTemplate::texts).toList());
    return WordTemplate.fill(source, data, TABLE_ROWS, properties);
  }
}
