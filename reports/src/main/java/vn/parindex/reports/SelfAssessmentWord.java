package vn.parindex.reports;

import com.deepoove.poi.data.TextRenderData;
import com.deepoove.poi.data.Texts;
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

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private SelfAssessmentWord() {}

  static byte[] render(
      SelfAssessmentDocument document, WordTemplate.Source source, DocumentProperties properties) {
    return WordTemplate.fill(source, data(document), Set.of("fields", "nodes"), properties);
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
    data.put("nodes", document.appendixRows().stream().map(SelfAssessmentWord::node).toList());
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

  /** An appendix row; a field's row in bold, as in the PDF. */
  private static Map<String, Object> node(Map<String, ?> row) {
    boolean bold = Boolean.TRUE.equals(row.get(TableReport.BOLD));
    Map<String, Object> cells = new LinkedHashMap<>();
    for (String key : List.of("code", "title", "max", "self", "evidence", "explanation")) {
      String text = WordTemplate.text(row.get(key));
      cells.put(key, bold ? bold(text) : text);
    }
    return cells;
  }

  private static TextRenderData bold(String text) {
    return Texts.of(text).bold().create();
  }

  private static List<Map<String, Object>> texts(List<String> paragraphs) {
    return paragraphs.stream().map(text -> Map.<String, Object>of("text", text)).toList();
  }
}
