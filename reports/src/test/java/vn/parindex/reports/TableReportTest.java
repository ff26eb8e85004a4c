package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import vn.parindex.reports.TableReport.Title;

class TableReportTest {
  private static final List<TableReport.Column> COLUMNS =
      List.of(
          new TableReport.Column("unit", "Đơn vị", 4, false),
          new TableReport.Column("share", "Tỷ lệ đã chấm (%)", 2, true));

  static List<Map<String, ?>> rows(int count) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(
          Map.of("unit", "Văn phòng Ủy ban nhân dân tỉnh " + i, "share", new BigDecimal("85.95")));
    }
    return rows;
  }

  private static byte[] progress(int rows, ReportFormat format) {
    return TableReport.render(
        "test",
        List.of(
            Title.heading("BÁO CÁO TIẾN ĐỘ TỰ ĐÁNH GIÁ"),
            Title.plain("Cộng hòa xã hội chủ nghĩa Việt Nam")),
        COLUMNS,
        rows(rows),
        format,
        PdfA.PROPERTIES);
  }

  @Test
  void vietnameseTextSurvivesInThePdfWithEveryFontEmbedded() throws IOException {
    try (PDDocument document = Loader.loadPDF(progress(80, ReportFormat.PDF))) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("BÁO CÁO TIẾN ĐỘ TỰ ĐÁNH GIÁ"), text);
      assertTrue(text.contains("Văn phòng Ủy ban nhân dân tỉnh 80"));
      assertTrue(text.contains("85,95"), "the Vietnamese decimal comma");
      assertTrue(document.getNumberOfPages() > 1);
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        }
      }
      assertTrue(PdfText.page(document, 1).startsWith("BÁO CÁO TIẾN ĐỘ"), "page 1 unnumbered");
      assertEquals(
          "2", PdfText.page(document, 2).lines().findFirst().orElseThrow(), "numbered at the top");
    }
  }

  @Test
  void pagesAreA4WithTheDecreesMargins() throws IOException {
    try (PDDocument document = Loader.loadPDF(progress(80, ReportFormat.PDF))) {
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        PDPage p = document.getPage(page - 1);
        assertEquals(210, Math.round(p.getMediaBox().getWidth() / PdfText.POINTS_PER_MM));
        assertEquals(297, Math.round(p.getMediaBox().getHeight() / PdfText.POINTS_PER_MM));
        PdfText.Box ink = PdfText.textBox(document, page);
        // The table's cells start at the left margin, the numbers end at the right one (2 pt of
        // padding inside the cell), the page number sits at the top margin.
        PdfText.assertMm(30, 31, ink.left(), "left margin, page " + page);
        PdfText.assertMm(15, 16, 595 - ink.right(), "right margin, page " + page);
        PdfText.assertMm(20, 25, ink.top(), "top margin, page " + page);
        PdfText.assertMm(20, 200, 842 - ink.bottom(), "bottom margin, page " + page);
      }
      PdfText.assertMm(20, 22, PdfText.textBox(document, 2).top(), "page number in the top margin");
    }
  }

  @Test
  void aWideTableLiesOnItsSideWithTheSameMargins() throws IOException {
    List<TableReport.Column> columns = new ArrayList<>(COLUMNS);
    for (int f = 1; f <= 8; f++) {
      columns.add(new TableReport.Column("f" + f, "LV " + f, 1, true));
    }
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Map<String, ?> row : rows(3)) {
      Map<String, Object> wider = new HashMap<>(row);
      for (int f = 1; f <= 8; f++) {
        wider.put("f" + f, new BigDecimal("9.5"));
      }
      rows.add(wider);
    }
    byte[] wide =
        TableReport.render(
            "test-wide",
            List.of(Title.heading("XẾP HẠNG")),
            columns,
            rows,
            ReportFormat.PDF,
            PdfA.PROPERTIES);
    try (PDDocument document = Loader.loadPDF(wide)) {
      PDPage page = document.getPage(0);
      // OpenPDF writes a landscape page as a portrait one turned a quarter.
      assertEquals(90, page.getRotation());
      assertEquals(210, Math.round(page.getMediaBox().getWidth() / PdfText.POINTS_PER_MM));
      assertEquals(297, Math.round(page.getMediaBox().getHeight() / PdfText.POINTS_PER_MM));
      PdfText.Box ink = PdfText.textBox(document, 1);
      PdfText.assertMm(30, 31, ink.left(), "left margin");
      PdfText.assertMm(15, 16, 842 - ink.right(), "right margin");
    }
  }

  @Test
  void theWordDocumentHasTheSameMargins() throws IOException {
    try (XWPFDocument docx =
        new XWPFDocument(new ByteArrayInputStream(progress(80, ReportFormat.DOCX)))) {
      CTPageMar margins = docx.getDocument().getBody().getSectPr().getPgMar();
      // Twentieths of a point: 30 mm ≈ 1701, 15 mm ≈ 850, 20 mm ≈ 1134.
      assertEquals(30, mm(margins.getLeft()));
      assertEquals(15, mm(margins.getRight()));
      assertEquals(20, mm(margins.getTop()));
      // Jasper breaks the pages itself (a page break before each page's first row) and writes no
      // bottom margin; each page's rows end 20 mm above the edge of the paper instead.
      assertTrue(docx.getTables().size() > 1, "one table per page");
      for (XWPFTable page : docx.getTables()) {
        int height = page.getRows().stream().mapToInt(XWPFTableRow::getHeight).sum();
        assertTrue(
            height / 20.0 / PdfText.POINTS_PER_MM <= 297 - 20 - 20,
            "a page's rows leave the bottom margin: " + height);
      }
      assertTrue(docx.getTables().get(0).getText().contains("Văn phòng Ủy ban nhân dân tỉnh 3"));
    }
  }

  private static long mm(Object twips) {
    return Math.round(new BigInteger(twips.toString()).doubleValue() / 20 / PdfText.POINTS_PER_MM);
  }

  @Test
  void docxAndXlsxAreOfficeFiles() {
    for (ReportFormat format : List.of(ReportFormat.DOCX, ReportFormat.XLSX)) {
      byte[] file = progress(3, format);
      assertEquals('P', file[0]);
      assertEquals('K', file[1]);
    }
  }

  /**
   * What an archive files a document by: title, author (the issuing body), subject and keywords in
   * the PDF's information dictionary and XMP metadata, and in the Office files' core properties.
   */
  @Test
  void everyFormatCarriesTheDocumentsProperties() throws IOException {
    byte[] pdf = progress(3, ReportFormat.PDF);
    PdfA.assertConforms(pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertEquals("Báo cáo thử", info.getTitle());
      assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", info.getAuthor());
      assertEquals("Chỉ số CCHC năm 2022", info.getSubject());
      assertEquals("Chỉ số CCHC; thử", info.getKeywords());
      assertNotNull(info.getCreationDate(), "the creation date");
      String xmp =
          new String(
              document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains("Ủy ban nhân dân tỉnh Hà Tĩnh"), xmp);
      assertTrue(xmp.contains("<pdfaid:part>1</pdfaid:part>"), xmp);
      assertEquals(1, document.getDocumentCatalog().getOutputIntents().size(), "sRGB intent");
    }
    try (XWPFDocument docx =
        new XWPFDocument(new ByteArrayInputStream(progress(3, ReportFormat.DOCX)))) {
      var core = docx.getProperties().getCoreProperties();
      assertEquals("Báo cáo thử", core.getTitle());
      assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", core.getCreator());
    }
    try (XSSFWorkbook xlsx =
        new XSSFWorkbook(new ByteArrayInputStream(progress(3, ReportFormat.XLSX)))) {
      var core = xlsx.getProperties().getCoreProperties();
      assertEquals("Báo cáo thử", core.getTitle());
      assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", core.getCreator());
    }
  }
}
