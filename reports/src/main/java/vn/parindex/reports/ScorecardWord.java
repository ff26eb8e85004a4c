package vn.parindex.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.reports.TableReport.Column;

/**
 * A unit's scorecard as a Word document filled into its template ({@value #TEMPLATE}): one real
 * Word table of every node on landscape pages, its header row repeated. Three headings depend on
 * the campaign (the appraisal rounds, or the Ministry's points and the difference), so the template
 * takes them as placeholders.
 */
final class ScorecardWord {
  /** The template in the reports jar. */
  static final String TEMPLATE = "templates/bang-diem.docx";

  /** The names whose table row repeats, one row per item. */
  static final Set<String> TABLE_ROWS = Set.of("nodes");

  private ScorecardWord() {}

  static byte[] render(
      ScorecardDocument document, WordTemplate.Source source, DocumentProperties properties) {
    List<Column> columns = document.columns();
    Map<String, Object> data = new HashMap<>();
    data.put("unit", document.unit());
    data.put("campaign", document.campaign());
    data.put("firstHeading", heading(columns, "first"));
    data.put("secondHeading", heading(columns, "second"));
    data.put("remarkHeading", heading(columns, "remark"));
    data.put("nodes", document.rows().stream().map(WordTemplate::texts).toList());
    return WordTemplate.fill(source, data, TABLE_ROWS, properties);
  }

  private static String heading(List<Column> columns, String field) {
    return columns.stream()
        .filter(c -> c.field().equals(field))
        .map(Column::header)
        .findFirst()
        .orElseThrow();
  }
}
