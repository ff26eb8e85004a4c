package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.InvalidInputException;

class PoiTlTemplatesTest {
  private final PoiTlTemplates templates = new PoiTlTemplates();

  @Test
  void theShippedTemplateAsksForWhatTheReportFills() {
    Set<String> required = templates.required("self-assessment");
    for (String tag :
        Set.of(
            "issuer1",
            "issuer2",
            "number",
            "placeDate",
            "subject",
            "summary",
            "fields",
            "explanations",
            "text",
            "risks",
            "difficulties",
            "signerName",
            "nodes",
            "shortName")) {
      assertTrue(required.contains(tag), tag + " in " + required);
    }
    Map<String, Object> data =
        SelfAssessmentWord.data(
            SelfAssessmentDocumentTest.document(
                SelfAssessmentDocumentTest.HA_TINH, SelfAssessmentDocumentTest.LEAVES));
    Set<String> filled = new TreeSet<>(data.keySet());
    for (String table : SelfAssessmentWord.TABLE_ROWS) {
      ((List<?>) data.get(table))
          .forEach(
              row -> ((Map<?, ?>) row).keySet().forEach(k -> filled.add(table + "[" + k + "]")));
    }
    // "text" is each paragraph's of the explanations and risks, not a value of its own.
    filled.add("text");
    assertTrue(filled.containsAll(required), "every placeholder has its value: " + required);
  }

  @Test
  void theProgressTemplateAsksForItsTitleAndEachCellOfAUnitsRow() {
    assertEquals(
        Set.of(
            "campaign",
            "today",
            "units",
            "units[no]",
            "units[unit]",
            "units[pair]",
            "units[scored]",
            "units[evidence]",
            "units[sent]",
            "units[returned]",
            "units[overdue]",
            "units[reminders]",
            "units[survey]"),
        templates.required("progress"));
  }

  /** The ranking's and the scorecard's templates ask for what their documents fill. */
  @Test
  void theRankingAndScorecardTemplatesAskForTheirTables() {
    Set<String> ranking = templates.required("ranking");
    for (String tag :
        Set.of(
            "campaign",
            "results[perField]",
            "results[change]",
            "appendices",
            "number",
            "unitUpper",
            "fields[points]",
            "fields[index]")) {
      assertTrue(ranking.contains(tag), tag + " in " + ranking);
    }
    assertTrue(
        templates
            .required("scorecard")
            .containsAll(
                Set.of("firstHeading", "remarkHeading", "nodes[second]", "nodes[remark]")));
  }

  /** A template whose wording was changed keeps passing; one that lost a placeholder shows it. */
  @Test
  void anEditedTemplateIsReadForItsPlaceholders() throws IOException {
    Path edited = Files.createTempFile("mau-", ".docx");
    try (InputStream in = templates.standard("self-assessment");
        XWPFDocument docx = new XWPFDocument(in)) {
      List<XWPFParagraph> paragraphs = new ArrayList<>(docx.getParagraphs());
      docx.getTables().stream()
          .flatMap(t -> t.getRows().stream())
          .flatMap(r -> r.getTableCells().stream())
          .forEach(c -> paragraphs.addAll(c.getParagraphs()));
      for (XWPFParagraph paragraph : paragraphs) {
        for (XWPFRun run : paragraph.getRuns()) {
          String text = run.getText(0);
          if (text != null && (text.contains("{{difficulties}}") || text.equals("[evidence]"))) {
            run.setText("Khó khăn: xem phụ lục.", 0);
          } else if (text != null && text.startsWith("Kính gửi")) {
            run.setText("Kính gửi: Bộ Nội vụ (Vụ Cải cách hành chính)", 0);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      docx.write(out);
      Files.write(edited, out.toByteArray());
    }
    Set<String> missing = new TreeSet<>(templates.required("self-assessment"));
    missing.removeAll(templates.placeholders("self-assessment", edited));
    assertEquals(Set.of("difficulties", "nodes[evidence]"), missing, "a text and a table's cell");
  }

  @Test
  void aFileThatIsNotAWordDocumentIsRefused() throws IOException {
    Path text = Files.createTempFile("mau-", ".docx");
    Files.write(text, "Báo cáo".getBytes(StandardCharsets.UTF_8));
    assertThrows(InvalidInputException.class, () -> templates.placeholders("progress", text));
    Path pdf = Files.createTempFile("mau-", ".docx");
    Files.write(pdf, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    assertThrows(InvalidInputException.class, () -> templates.placeholders("progress", pdf));
  }
}
