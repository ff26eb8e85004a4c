package vn.parindex.reports;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The self-assessment report as a Word document filled into a Word template ({@value #TEMPLATE}):
 * flowing paragraphs in the template's styles, real tables whose header row repeats and whose rows
 * grow, the appendix in a landscape section of its own. Officials edit the wording in Word; a
 * paragraph that grows moves the rest down instead of being clipped.
 */
final class SelfAssessmentWord {
  /** The template in the reports jar: Sở Nội vụ downloads it to change its wording. */
  static final String TEMPLATE = "templates/bao-cao-tu-danh-gia.docx";

  /** The names whose table row repeats, one row per item. */
  static final Set<String> TABLE_ROWS = Set.of("fields", "nodes");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private SelfAssessmentWord() {}

  static byte[] render(
      SelfAssessmentDocument document, WordTemplate.Source source, DocumentProperties properties) {
    return WordTemplate.fill(source, data(document), TABLE_ROWS, properties);
  }

  /** What the template's placeholders take, by name. */
  static Map<String, Object> data(SelfAssessmentDocument document) {
    var issuer = document.issuer();
    var draft = document.draft();
    List<String> lines = issuer.headerLines();
    Map<String, Object> data = new HashMap<>();
    data.put("issuer1", lines.size() > 1 ? lines.get(0) : "");
    data.put("issuer2", lines.get(lines.size() - 1));
    data.put("number", document.number());
    data.put("placeDate", issuer.placeAndDate(draft.getIssuedOn(), document.year()));
    data.put(
        "subject",
        "Tự đánh giá, chấm điểm xác định Chỉ số cải cách hành chính năm " + document.year());
    data.put("summary", document.summary());
    data.put("fields", document.fieldRows().stream().map(SelfAssessmentWord::field).toList());
    data.put("explanations", texts(document.explanations()));
    data.put("risks", texts(document.risks()));
    data.put("difficulties", Objects.toString(draft.getDifficulties(), ""));
    data.put("recommendations", Objects.toString(draft.getRecommendations(), ""));
    data.put("year", document.year());
    data.put("issuerName", issuer.name());
    data.put("recipients", document.recipients());
    data.put("signingFor", issuer.signingFor());
    data.put("signerTitle", document.signerTitle());
    data.put("signerName", Objects.toString(draft.getSignerName(), ""));
    data.put("date", draft.getIssuedOn() == null ? "…" : DATE.format(draft.getIssuedOn()));
    data.put("shortName", issuer.shortName());
    data.put("nodes", document.appendixRows().stream().map(WordTemplate::texts).toList());
    return data;
  }

  private static Map<String, Object> field(SelfAssessmentDocument.FieldRow row) {
    Map<String, Object> cells = new LinkedHashMap<>();
    cells.put("code", row.code());
    cells.put("title", row.title());
    cells.put("max", WordTemplate.text(row.max()));
    cells.put("self", WordTemplate.text(row.self()));
    cells.put("share", WordTemplate.text(row.share()));
    return cells;
  }

  private static List<Map<String, Object>> texts(List<String> paragraphs) {
    return paragraphs.stream().map(text -> Map.<String, Object>of("text", text)).toList();
  }
}
