package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The self-assessment report's DOCX, filled into the Word template: read back with POI for what an
 * official edits (styles, real tables, sections), and, where LibreOffice is installed, laid out to
 * count its pages.
 */
class SelfAssessmentWordTest {
  private static byte[] report() {
    return SelfAssessmentDocumentTest.report(SelfAssessmentDocumentTest.HA_TINH, ReportFormat.DOCX);
  }

  @Test
  void everyPlaceholderIsFilledWithTheReportsText() throws IOException {
    try (XWPFDocument word = Docx.open(report());
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      String text = extractor.getText();
      PdfText.assertShows(
          text,
          List.of(
              "ỦY BAN NHÂN DÂN",
              "TỈNH HÀ TĨNH",
              "Số: 123/BC-UBND",
              "Hà Tĩnh, ngày 04 tháng 12 năm 2022",
              "Tự đánh giá, chấm điểm xác định Chỉ số cải cách hành chính năm 2022",
              "Tổng điểm tự đánh giá các tiêu chí, tiêu chí thành phần tự chấm: 72/96 điểm (75%)",
              "2.1.1. Tiêu chí thành phần 2.1.1 của tỉnh: Văn bản đang trình ký",
              "Nguyên nhân: Chưa ban hành kế hoạch. Giải pháp khắc phục: Ban hành trong quý I.",
              "Thiếu cán bộ chuyên trách cải cách hành chính.",
              "TM. ỦY BAN NHÂN DÂN",
              "Nguyễn Văn Ký",
              "(Kèm theo Báo cáo số 123/BC-UBND ngày 04/12/2022 của UBND tỉnh)",
              "520/KH-UBND ngày 05/01/2022 của UBND tỉnh, mục II"));
      assertFalse(text.contains("{{") || text.contains("[code]"), "a placeholder left: " + text);
      assertEquals("Báo cáo thử", word.getProperties().getCoreProperties().getTitle());
      assertEquals(
          "Ủy ban nhân dân tỉnh Hà Tĩnh", word.getProperties().getCoreProperties().getCreator());
    }
  }

  /**
   * Flowing paragraphs in the template's styles; tables whose rows grow (no exact height) and whose
   * header row repeats on each page; the appendix a landscape section with its own page numbers;
   * the page number in the header from page 2.
   */
  @Test
  void theDocumentIsMadeOfStylesTablesAndSections() throws IOException {
    byte[] bytes = report();
    String xml = Docx.xml(bytes);
    assertFalse(xml.contains("w:hRule=\"exact\""), "no row of exact height");
    try (XWPFDocument word = Docx.open(bytes)) {
      List<String> headings = styled(word, "Heading1");
      assertEquals(4, headings.size(), headings.toString());
      assertTrue(headings.get(0).startsWith("I. KẾT QUẢ"), headings.toString());
      assertTrue(
          styled(word, "BodyText").stream().anyMatch(t -> t.startsWith("2.1.1. Tiêu chí")),
          "an explanation is a body paragraph");
      List<XWPFTable> grids =
          word.getTables().stream().filter(t -> t.getStyleID().equals("TableGrid")).toList();
      assertEquals(2, grids.size(), "the fields and the appendix");
      for (XWPFTable table : grids) {
        assertTrue(table.getRow(0).isRepeatHeader(), "the header row repeats");
      }
      assertEquals(9, grids.get(0).getRows().size(), "a header and eight fields");
      assertEquals(SelfAssessmentDocumentTest.NODES.size() + 1, grids.get(1).getRows().size());
      CTSectPr appendix = word.getDocument().getBody().getSectPr();
      assertEquals(STPageOrientation.LANDSCAPE, appendix.getPgSz().getOrient());
      assertTrue(appendix.isSetTitlePg(), "no number on the appendix's first page");
      assertEquals(java.math.BigInteger.ONE, appendix.getPgNumType().getStart());
      assertTrue(
          word.getHeaderList().get(0).getParagraphs().get(0).getCTP().xmlText().contains("PAGE"));
    }
  }

  /**
   * Laid out by LibreOffice, the DOCX has the PDF's page count give or take one; an explanation of
   * 2,000 characters makes it longer instead of being cut off.
   */
  @Test
  void laidOutItKeepsThePagesOfThePdfAndGrowsWithItsText() throws Exception {
    Path office = LibreOffice.find();
    Assumptions.assumeTrue(office != null, LibreOffice.MISSING);
    int pdfPages;
    try (PDDocument pdf =
        Loader.loadPDF(
            SelfAssessmentDocumentTest.report(
                SelfAssessmentDocumentTest.HA_TINH, ReportFormat.PDF))) {
      pdfPages = pdf.getNumberOfPages();
    }
    int docxPages = LibreOffice.pages(office, report());
    assertTrue(Math.abs(docxPages - pdfPages) <= 1, docxPages + " pages against " + pdfPages);

    List<SelfAssessmentDocument.Leaf> longer = new ArrayList<>(SelfAssessmentDocumentTest.LEAVES);
    longer.set(
        1,
        new SelfAssessmentDocument.Leaf(
            "1.1.2",
            new BigDecimal("0.75"),
            "",
            "Giải trình dài. ".repeat(125),
            "STP",
            null,
            null,
            null));
    byte[] grown =
        SelfAssessmentDocumentTest.document(SelfAssessmentDocumentTest.HA_TINH, longer)
            .export(ReportFormat.DOCX, SelfAssessmentDocumentTest.STANDARD, PdfA.PROPERTIES);
    assertTrue(
        LibreOffice.pages(office, grown) > docxPages, "2,000 more characters take more pages");
  }

  private static List<String> styled(XWPFDocument word, String style) {
    return word.getParagraphs().stream()
        .filter(p -> style.equals(p.getStyle()))
        .map(XWPFParagraph::getText)
        .toList();
  }
}
