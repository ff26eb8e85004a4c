package vn.parindex.reports;

import java.util.HashMap;
import java.util.LinkedHashMap;
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
    data.put("units", rows.stream().map(ProgressWord::texts).toList());
    return WordTemplate.fill(source, data, Set.of("units"), properties);
  }

  /** A row's values as the document writes them: 85,95 with the Vietnamese decimal comma. */
  private static Map<String, Object> texts(Map<String, ?> row) {
    Map<String, Object> cells = new LinkedHashMap<>();
    row.forEach((key, value) -> cells.put(key, WordTemplate.text(value)));
    return cells;
  }
}
