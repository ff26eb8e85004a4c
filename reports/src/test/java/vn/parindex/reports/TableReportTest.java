package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TableReportTest {
  private static final List<TableReport.Column> COLUMNS =
      List.of(
          new TableReport.Column("unit", "Đơn vị", 4, false),
          new TableReport.Column("share", "Tỷ lệ đã chấm (%)", 2, true));

  private static List<Map<String, ?>> rows(int count) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(Map.of("unit", "Văn phòng Ủy ban nhân dân tỉnh " + i, "share", "85,95"));
    }
    return rows;
  }

  @Test
  void vietnameseTextSurvivesInThePdfWithEveryFontEmbedded() throws IOException {
    byte[] pdf =
        TableReport.render(
            "test",
            List.of("BÁO CÁO TIẾN ĐỘ TỰ ĐÁNH GIÁ", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
            COLUMNS,
            rows(80),
            ReportFormat.PDF);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("BÁO CÁO TIẾN ĐỘ TỰ ĐÁNH GIÁ"), text);
      assertTrue(text.contains("Văn phòng Ủy ban nhân dân tỉnh 80"));
      assertTrue(text.contains("85,95"));
      assertTrue(document.getNumberOfPages() > 1);
      PDPage first = document.getPage(0);
      assertEquals(595, Math.round(first.getMediaBox().getWidth()));
      assertEquals(842, Math.round(first.getMediaBox().getHeight()));
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        }
      }
      PDFTextStripper second = new PDFTextStripper();
      second.setStartPage(2);
      second.setEndPage(2);
      assertTrue(second.getText(document).strip().startsWith("2"), "page 2 numbered at the top");
    }
  }

  @Test
  void docxAndXlsxAreOfficeFiles() {
    for (ReportFormat format : List.of(ReportFormat.DOCX, ReportFormat.XLSX)) {
      byte[] file = TableReport.render("test", List.of("Tiến độ"), COLUMNS, rows(3), format);
      assertEquals('P', file[0]);
      assertEquals('K', file[1]);
    }
  }
}
