package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.parindex.timeliness.LapseKind;
import vn.parindex.timeliness.TimelinessRecord;

class TimelinessReportTest {
  private static final List<Map<String, ?>> ROWS =
      TimelinessReport.rows(
          List.of(
              new TimelinessRecord.Row(
                  "STP",
                  "Sở Tư pháp",
                  "Nguyễn Văn A (Phó Giám đốc)",
                  Map.of(
                      LapseKind.SUBMISSION_LATE,
                      1,
                      LapseKind.RETURNED,
                      2,
                      LapseKind.SURVEY_MISSED,
                      1,
                      LapseKind.PLAN_TASK_LATE,
                      3)),
              new TimelinessRecord.Row("SYT", "Sở Y tế", null, Map.of())));

  /** The report of {@link #ROWS} for 2025 as of 07/12/2026, filled into the shipped template. */
  private static byte[] render(ReportFormat format) {
    return TimelinessReport.render(
        () -> new PoiTlTemplates().standard("timeliness"),
        2025,
        "07/12/2026",
        ROWS,
        format,
        PdfA.PROPERTIES);
  }

  /** A row per unit with its leader, each kind's count in its own column, and the total. */
  @Test
  void theDocxListsEachUnitWithItsLeaderAndCounts() throws IOException {
    byte[] docx = render(ReportFormat.DOCX);
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      String text = extractor.getText();
      PdfText.assertShows(
          text, List.of(TimelinessReport.TITLE, "Năm 2025", "Tính đến ngày 07/12/2026"));
      assertFalse(text.contains("{{") || text.contains("[unit]"), text);
      XWPFTable table = word.getTables().get(0);
      assertEquals(3, table.getRows().size(), "a header and two units");
      assertEquals(
          List.of(
              "1",
              "STP — Sở Tư pháp",
              "Nguyễn Văn A (Phó Giám đốc)",
              "0",
              "1",
              "2",
              "0",
              "0",
              "1",
              "3",
              "7"),
          table.getRow(1).getTableCells().stream().map(c -> c.getText()).toList());
      assertEquals("Gửi kết quả muộn", table.getRow(0).getCell(4).getText());
      assertEquals("Khảo sát chưa đủ số phiếu đúng hạn", table.getRow(0).getCell(8).getText());
      assertEquals("Nhiệm vụ kế hoạch quá hạn", table.getRow(0).getCell(9).getText());
    }
  }

  /** Laid out by LibreOffice, the Word document takes as many pages as the PDF: one here. */
  @Test
  void theDocxTakesThePagesOfThePdf() throws Exception {
    Path office = LibreOffice.find();
    Assumptions.assumeTrue(office != null, LibreOffice.MISSING);
    byte[] docx = render(ReportFormat.DOCX);
    assertEquals(1, LibreOffice.pages(office, docx));
  }

  @Test
  void thePdfHasTheSameTable() throws IOException {
    byte[] pdf = render(ReportFormat.PDF);
    PdfA.assertConforms(pdf);
    Files.write(
        Files.createDirectories(Path.of("target", "timeliness")).resolve("bao-cao.pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PdfText.assertShows(
          PdfText.flat(document),
          List.of(
              "Năm 2025",
              "STP — Sở Tư pháp",
              "Nguyễn Văn A (Phó Giám đốc)",
              "Gửi kết quả",
              "Khảo sát chưa đủ"));
    }
  }
}
