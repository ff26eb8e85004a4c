package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.parindex.budget.BudgetGroup;
import vn.parindex.budget.BudgetLine;

class BudgetDocumentTest {
  private static final BudgetDocument.Estimate ESTIMATE =
      new BudgetDocument.Estimate(
          2026,
          "Dự toán kinh phí xác định Chỉ số CCHC năm 2026 của tỉnh Hà Tĩnh",
          List.of(
              new BudgetLine(
                  BudgetGroup.SURVEY,
                  "Phát, thu phiếu khảo sát lãnh đạo, quản lý",
                  "phiếu",
                  new BigDecimal("120"),
                  50_000,
                  "Thông tư 109/2016/TT-BTC",
                  0),
              new BudgetLine(
                  BudgetGroup.MEETINGS,
                  "Hội nghị triển khai",
                  "cuộc",
                  new BigDecimal("1"),
                  6_500_000,
                  null,
                  0)));

  private static byte[] render(ReportFormat format) {
    return BudgetDocument.render(
        () -> new PoiTlTemplates().standard("budget"),
        ESTIMATE,
        "07/12/2026",
        format,
        PdfA.PROPERTIES);
  }

  /** Groups numbered I, II with their sums, lines under them, the total last and in words. */
  @Test
  void theDocxListsTheLinesUnderTheirGroupsWithTheTotalInWords() throws IOException {
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(render(ReportFormat.DOCX)));
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      String text = extractor.getText();
      PdfText.assertShows(
          text,
          List.of(
              BudgetDocument.heading(2026),
              "Tổng dự toán: 12.500.000 đồng",
              "(Bằng chữ: Mười hai triệu năm trăm nghìn đồng)",
              "Lập ngày 07/12/2026"));
      assertFalse(text.contains("{{") || text.contains("[content]"), text);
      XWPFTable table = word.getTables().get(0);
      List<List<String>> rows =
          table.getRows().stream()
              .map(r -> r.getTableCells().stream().map(c -> c.getText()).toList())
              .toList();
      assertEquals(6, rows.size(), "a header, two groups, two lines, the total");
      assertEquals(List.of("I", "Điều tra xã hội học", "", "", "", "6.000.000", ""), rows.get(1));
      assertEquals(
          List.of(
              "1",
              "Phát, thu phiếu khảo sát lãnh đạo, quản lý",
              "phiếu",
              "120",
              "50.000",
              "6.000.000",
              "Thông tư 109/2016/TT-BTC"),
          rows.get(2));
      assertEquals("II", rows.get(3).get(0));
      assertEquals(List.of("", "TỔNG CỘNG", "", "", "", "12.500.000", ""), rows.get(5));
    }
  }

  @Test
  void thePdfHasTheSameFigures() throws IOException {
    byte[] pdf = render(ReportFormat.PDF);
    PdfA.assertConforms(pdf);
    Files.write(Files.createDirectories(Path.of("target", "budget")).resolve("du-toan.pdf"), pdf);
    Files.write(Path.of("target", "budget", "du-toan.docx"), render(ReportFormat.DOCX));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PdfText.assertShows(
          PdfText.flat(document),
          List.of(
              "Tổng dự toán: 12.500.000 đồng",
              "Mười hai triệu năm trăm nghìn đồng",
              "Hội nghị triển khai",
              "TỔNG CỘNG"));
    }
  }
}
