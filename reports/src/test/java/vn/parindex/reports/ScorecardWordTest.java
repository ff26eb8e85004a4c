package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** A unit's scorecard DOCX filled into its Word template, read back with POI and laid out. */
class ScorecardWordTest {
  private static byte[] word(boolean provincial) {
    return ScorecardWord.render(
        ScorecardDocumentTest.document(provincial),
        () -> new PoiTlTemplates().standard("scorecard"),
        PdfA.PROPERTIES);
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(c -> c.getText()).toList();
  }

  @Test
  void everyNodeIsARowWithTheSumsOfItsLeaves() throws IOException {
    byte[] bytes = word(false);
    assertFalse(Docx.xml(bytes).contains("w:hRule=\"exact\""), "rows grow");
    try (XWPFDocument word = Docx.open(bytes);
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      String text = extractor.getText();
      PdfText.assertShows(
          text,
          List.of("BẢNG ĐIỂM TỰ ĐÁNH GIÁ, THẨM ĐỊNH", "STP — Sở Tư pháp", "Chỉ số CCHC năm 2024"));
      assertFalse(text.contains("{{") || text.contains("[remark]"), "a placeholder left: " + text);
      XWPFTable table = word.getTables().get(0);
      assertTrue(table.getRow(0).isRepeatHeader());
      assertEquals(
          List.of(
              "STT",
              "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
              "Điểm tối đa",
              "Tự chấm",
              "Thẩm định lần 1",
              "Thẩm định lần 2",
              "Kết quả",
              "Ý kiến thẩm định"),
          cells(table.getRow(0)));
      assertEquals(ScorecardDocumentTest.NODES.size() + 1, table.getRows().size());
      assertEquals(
          List.of("1.1", "Kế hoạch cải cách hành chính", "4", "3,5", "2,75", "2", "3,25", ""),
          cells(table.getRow(2)),
          "a criterion sums its leaves");
      assertEquals(
          List.of(
              "1.2",
              "Báo cáo định kỳ",
              "2",
              "2",
              "",
              "",
              "",
              "Không áp dụng: đơn vị mới thành lập"),
          cells(table.getRow(5)));
      assertTrue(
          table.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold(),
          "a field in bold");
      assertEquals(
          STPageOrientation.LANDSCAPE,
          word.getDocument().getBody().getSectPr().getPgSz().getOrient());
    }
  }

  @Test
  void theProvincesScorecardHasTheMinistrysHeadings() throws IOException {
    try (XWPFDocument word = Docx.open(word(true))) {
      List<String> header = cells(word.getTables().get(0).getRow(0));
      assertEquals(
          List.of("Bộ Nội vụ thẩm định", "Chênh lệch", "Kết quả", "Ghi chú"), header.subList(4, 8));
    }
  }

  @Test
  void laidOutItKeepsThePagesOfThePdf() throws Exception {
    Path office = LibreOffice.find();
    Assumptions.assumeTrue(office != null, LibreOffice.MISSING);
    try (PDDocument pdf = Loader.loadPDF(ScorecardDocumentTest.scorecard(ReportFormat.PDF))) {
      int docxPages = LibreOffice.pages(office, word(false));
      assertTrue(
          Math.abs(docxPages - pdf.getNumberOfPages()) <= 1,
          docxPages + " pages against " + pdf.getNumberOfPages());
    }
  }
}
