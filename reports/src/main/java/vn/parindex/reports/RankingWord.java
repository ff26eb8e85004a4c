package vn.parindex.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.ranking.Result;

/**
 * The ranking as a Word document filled into its template ({@value #TEMPLATE}): the ranking table
 * on landscape pages, then each unit's appendix from a new page, each a real Word table. A Word
 * table's columns are the template's, while the fields are the framework's, so a unit's points per
 * field share one column ("1: 8,5; 2: 9"), as many fields as the framework has.
 */
final class RankingWord {
  /** The template in the reports jar. */
  static final String TEMPLATE = "templates/bao-cao-xep-hang.docx";

  /** The names whose table row repeats, one row per item. */
  static final Set<String> TABLE_ROWS = Set.of("results", "fields");

  private RankingWord() {}

  static byte[] render(
      RankingDocument document, WordTemplate.Source source, DocumentProperties properties) {
    Map<String, Object> data = new HashMap<>();
    data.put("campaign", document.campaign());
    List<Map<String, Object>> ranking = new ArrayList<>();
    List<Map<String, Object>> appendices = new ArrayList<>();
    int number = 1;
    for (Result result : document.results()) {
      Map<String, Object> row = WordTemplate.texts(document.rankingRow(result));
      row.put("perField", fields(result));
      ranking.add(row);
      appendices.add(appendix(document, number++, result));
    }
    data.put("results", ranking);
    data.put("appendices", appendices);
    return WordTemplate.fill(source, data, TABLE_ROWS, properties);
  }

  /**
   * An appendix's placeholders. The campaign is repeated in each, as a block sees only its own
   * item's names.
   */
  private static Map<String, Object> appendix(RankingDocument document, int number, Result result) {
    Map<String, Object> appendix = new HashMap<>();
    appendix.put("number", RankingDocument.roman(number));
    appendix.put("unitUpper", document.name(result).toUpperCase(TableReport.VIETNAMESE));
    appendix.put("campaign", document.campaign());
    appendix.put("rank", result.rank());
    appendix.put("group", RankingDocument.group(result));
    appendix.put("band", result.classification());
    appendix.put(
        "fields", document.appendixRows(result).stream().map(WordTemplate::texts).toList());
    return appendix;
  }

  private static String fields(Result result) {
    return result.fields().stream()
        .map(f -> f.code() + ": " + WordTemplate.text(f.points()))
        .collect(Collectors.joining("; "));
  }
}
