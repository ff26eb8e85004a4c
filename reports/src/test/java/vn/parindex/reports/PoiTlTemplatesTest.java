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
    Set<String> filled =
        new TreeSet<>(
            SelfAssessmentWord.data(
                    SelfAssessmentDocumentTest.document(
                        SelfAssessmentDocumentTest.HA_TINH, SelfAssessmentDocumentTest.LEAVES))
                .keySet());
    // "text" is each paragraph's of the explanations and risks, not a value of its own.
    filled.add("text");
    assertTrue(filled.containsAll(required), "every placeholder has its value: " + required);
  }

  @Test
  void theProgressTemplateAsksForItsTitleAndUnits() {
    assertEquals(Set.of("campaign", "today", "units"), templates.required("progress"));
  }

  /** A template whose wording was changed keeps passing; one that lost a placeholder shows it. */
  @Test
  void anEditedTemplateIsReadForItsPlaceholders() throws IOException {
    Path edited = Files.createTempFile("mau-", ".docx");
    try (InputStream in = templates.standard("self-assessment");
        XWPFDocument docx = new XWPFDocument(in)) {
      for (XWPFParagraph paragraph : docx.getParagraphs()) {
        for (XWPFRun run : paragraph.getRuns()) {
          String text = run.getText(0);
          if (text != null && text.contains("{{difficulties}}")) {
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
    missing.removeAll(templates.placeholders(edited));
    assertEquals(Set.of("difficulties"), missing);
  }

  @Test
  void aFileThatIsNotAWordDocumentIsRefused() throws IOException {
    Path text = Files.createTempFile("mau-", ".docx");
    Files.write(text, "Báo cáo".getBytes(StandardCharsets.UTF_8));
    assertThrows(InvalidInputException.class, () -> templates.placeholders(text));
    Path pdf = Files.createTempFile("mau-", ".docx");
    Files.write(pdf, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    assertThrows(InvalidInputException.class, () -> templates.placeholders(pdf));
  }
}
