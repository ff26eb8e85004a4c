package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.parindex.campaign.ReportDraft;
import vn.parindex.organisation.IssuingBody;

class SelfAssessmentDocumentTest {
  static final List<ReportNode> NODES = new ArrayList<>();
  static final List<SelfAssessmentDocument.Leaf> LEAVES = new ArrayList<>();

  static {
    // Eight fields of three criteria of four leaves of 1 point, each scored 0,75.
    for (int f = 1; f <= 8; f++) {
      NODES.add(new ReportNode("" + f, "Lĩnh vực số " + f, new BigDecimal(12)));
      for (int c = 1; c <= 3; c++) {
        String criterion = f + "." + c;
        NODES.add(
            new ReportNode(criterion, "Tiêu chí " + criterion + " về cải cách", new BigDecimal(4)));
        for (int l = 1; l <= 4; l++) {
          String code = criterion + "." + l;
          NODES.add(
              new ReportNode(code, "Tiêu chí thành phần " + code + " của tỉnh", BigDecimal.ONE));
          LEAVES.add(leaf(code));
        }
      }
    }
  }

  private static SelfAssessmentDocument.Leaf leaf(String code) {
    return switch (code) {
      case "1.1.1" ->
          new SelfAssessmentDocument.Leaf(
              code,
              new BigDecimal("0.75"),
              "",
              null,
              "SNV",
              "Chưa ban hành kế hoạch",
              "Ban hành trong quý I",
              null);
      default ->
          // The first leaf of every criterion lacks its documents: a report of two pages.
          code.endsWith(".1")
              ? new SelfAssessmentDocument.Leaf(
                  code,
                  new BigDecimal("0.75"),
                  "",
                  "Văn bản đang trình ký",
                  "STP",
                  null,
                  null,
                  null)
              : new SelfAssessmentDocument.Leaf(
                  code,
                  new BigDecimal("0.75"),
                  "520/KH-UBND ngày 05/01/2022 của UBND tỉnh, mục II",
                  null,
                  "SNV",
                  null,
                  null,
                  null);
    };
  }

  /** The Word template the product ships. */
  static final WordTemplate.Source STANDARD =
      () -> new PoiTlTemplates().standard("self-assessment");

  static final IssuingBody HA_TINH =
      IssuingBody.of("Ủy ban nhân dân tỉnh Hà Tĩnh", null, null, null);

  private static byte[] report(ReportFormat format) {
    return report(HA_TINH, format);
  }

  static byte[] report(IssuingBody issuer, ReportFormat format) {
    return document(issuer, LEAVES).export(format, STANDARD, PdfA.PROPERTIES);
  }

  /** The test's report of {@code leaves}, numbered 123 of 04/12/2022. */
  static SelfAssessmentDocument document(
      IssuingBody issuer, List<SelfAssessmentDocument.Leaf> leaves) {
    ReportDraft draft = new ReportDraft(1);
    draft.setNumber("123");
    draft.setIssuedOn(LocalDate.of(2022, 12, 4));
    draft.setSignerName("Nguyễn Văn Ký");
    draft.setDifficulties("Thiếu cán bộ chuyên trách cải cách hành chính.");
    return new SelfAssessmentDocument(issuer, 2022, draft, NODES, leaves);
  }

  @Test
  void theReportHasTheDecreesHeaderAndItsAppendixNumbersItsOwnPages() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(report(ReportFormat.PDF))) {
      String text = PdfText.flat(pdf);
      PdfText.assertShows(
          text,
          List.of(
              "ỦY BAN NHÂN DÂN",
              "TỈNH HÀ TĨNH",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc",
              "Số: 123/BC-UBND",
              "Hà Tĩnh, ngày 04 tháng 12 năm 2022",
              "Kính gửi: Bộ Nội vụ",
              "Tổng điểm tự đánh giá các tiêu chí, tiêu chí thành phần tự chấm: 72/96 điểm (75%)",
              "2.1.1. Tiêu chí thành phần 2.1.1 của tỉnh: Văn bản đang trình ký",
              "(đơn vị chủ trì: SNV). Nguyên nhân: Chưa ban hành kế hoạch. Giải pháp khắc phục: Ban",
              "Thiếu cán bộ chuyên trách cải cách hành chính.",
              "TM. ỦY BAN NHÂN DÂN",
              "PHÓ CHỦ TỊCH",
              "Nguyễn Văn Ký",
              "Nơi nhận:",
              "(Kèm theo Báo cáo số 123/BC-UBND ngày 04/12/2022 của UBND tỉnh)"));
      for (ReportNode node : NODES) {
        assertTrue(text.contains(node.code() + " "), node.code() + " in the appendix");
      }
      int appendix =
          IntStream.rangeClosed(1, pdf.getNumberOfPages())
              .filter(p -> PdfText.page(pdf, p).startsWith("Phụ lục I"))
              .findFirst()
              .orElseThrow();
      assertTrue(appendix > 1, "the appendix starts on a new page");
      assertTrue(pdf.getNumberOfPages() > appendix + 1, "an appendix of several pages");
      assertEquals(
          "2", PdfText.page(pdf, 2).lines().findFirst().orElseThrow(), "the report's page 2");
      assertEquals(
          "2",
          PdfText.page(pdf, appendix + 1).lines().findFirst().orElseThrow(),
          "the appendix counts its pages from its own first page");
    }
  }

  @Test
  void theReportAndItsAppendixArePdfA() {
    PdfA.assertConforms(report(ReportFormat.PDF));
  }

  /**
   * The signing tool signs into the named empty field, which covers the blank lines between the
   * signer's title and name: nothing printed inside it, the title just above, the name just below.
   */
  @Test
  void theSignerSignsIntoANamedFieldBetweenTitleAndName() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(report(ReportFormat.PDF))) {
      PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
      PDSignatureField field = (PDSignatureField) form.getField(SignatureField.NAME);
      assertNull(field.getSignature(), "left empty for the signer");
      PDAnnotationWidget widget = field.getWidgets().get(0);
      PDPage page = widget.getPage();
      assertTrue(widget.isPrinted());
      PDRectangle box = widget.getRectangle();
      float top = page.getMediaBox().getHeight() - box.getUpperRightY();
      PDFTextStripperByArea areas = new PDFTextStripperByArea();
      areas.addRegion(
          "inside",
          new Rectangle2D.Float(box.getLowerLeftX(), top, box.getWidth(), box.getHeight()));
      areas.addRegion(
          "above", new Rectangle2D.Float(box.getLowerLeftX(), top - 18, box.getWidth(), 18));
      areas.addRegion(
          "below",
          new Rectangle2D.Float(box.getLowerLeftX(), top + box.getHeight(), box.getWidth(), 18));
      areas.extractRegions(page);
      assertEquals("", areas.getTextForRegion("inside").strip());
      List<String> above = areas.getTextForRegion("above").strip().lines().toList();
      assertEquals("PHÓ CHỦ TỊCH", above.get(above.size() - 1), "the title's line just above");
      assertEquals(
          "Nguyễn Văn Ký", areas.getTextForRegion("below").strip().lines().findFirst().orElse(""));
      assertTrue(box.getHeight() > 40, "room for a seal and a signature: " + box.getHeight());
    }
  }

  @Test
  void theWorkbookKeepsTheNumbersOfBothTables() throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(report(ReportFormat.XLSX)))) {
      assertEquals("Báo cáo", workbook.getSheetName(0));
      assertEquals("Phụ lục I", workbook.getSheetName(1));
      Row field = Sheets.rowStartingWith(workbook.getSheetAt(0), "3");
      assertEquals(
          List.of(12.0, 9.0, 75.0), Sheets.numbers(field), "max, self-score, % of field 3");
      Row leaf = Sheets.rowStartingWith(workbook.getSheetAt(1), "8.3.4");
      assertEquals(List.of(1.0, 0.75), Sheets.numbers(leaf));
      Row criterion = Sheets.rowStartingWith(workbook.getSheetAt(1), "8.3");
      assertEquals(List.of(4.0, 3.0), Sheets.numbers(criterion), "a criterion sums its leaves");
    }
  }

  @Test
  void theWordDocumentHoldsTheTitleAndTheAppendix() throws IOException {
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(report(ReportFormat.DOCX)));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      String text = extractor.getText();
      PdfText.assertShows(
          text,
          List.of(
              "Tự đánh giá, chấm điểm xác định Chỉ số cải cách hành chính năm 2022",
              "Kính gửi: Bộ Nội vụ",
              "Phụ lục I",
              "Tiêu chí thành phần 8.3.4 của tỉnh",
              "520/KH-UBND ngày 05/01/2022 của UBND tỉnh, mục II"));
    }
  }

  /**
   * Nothing of Hà Tĩnh is in the layout: another province's unit gives the header, the date line,
   * the number's suffix and the short name the appendix cites, in the PDF and in the DOCX.
   */
  @Test
  void anotherProvincePrintsItsOwnHeader() throws IOException {
    IssuingBody quangTri =
        IssuingBody.of("Ủy ban nhân dân tỉnh Quảng Trị", null, null, "BC-UBNDQT");
    List<String> own =
        List.of(
            "ỦY BAN NHÂN DÂN",
            "TỈNH QUẢNG TRỊ",
            "Số: 123/BC-UBNDQT",
            "Quảng Trị, ngày 04 tháng 12 năm 2022",
            "(Kèm theo Báo cáo số 123/BC-UBNDQT ngày 04/12/2022 của UBND tỉnh)");
    try (PDDocument pdf = Loader.loadPDF(report(quangTri, ReportFormat.PDF))) {
      String text = PdfText.flat(pdf);
      PdfText.assertShows(text, own);
      assertFalse(text.contains("Hà Tĩnh") || text.contains("HÀ TĨNH"), "no Hà Tĩnh in " + text);
    }
    try (XWPFDocument docx =
            new XWPFDocument(new ByteArrayInputStream(report(quangTri, ReportFormat.DOCX)));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      String text = extractor.getText();
      PdfText.assertShows(text, own);
      assertFalse(text.contains("Hà Tĩnh") || text.contains("HÀ TĨNH"), "no Hà Tĩnh in the DOCX");
    }
  }

  /**
   * The report's own text as officials read it: the number as typed, a "—" with its reason where
   * the province gave no figure, one full stop after typed text, fields in bold, overrides marked.
   */
  @Test
  void theAppendixSaysWhyAFigureIsMissingAndMarksOverrides() throws IOException {
    List<ReportNode> nodes =
        List.of(
            new ReportNode("1", "Lĩnh vực một", new BigDecimal(3)),
            new ReportNode("1.1", "Tiêu chí chấm", BigDecimal.ONE),
            new ReportNode("1.2", "Tiêu chí chưa chấm", BigDecimal.ONE),
            new ReportNode("1.3", "Tiêu chí điều tra", BigDecimal.ONE, true));
    List<SelfAssessmentDocument.Leaf> leaves =
        List.of(
            new SelfAssessmentDocument.Leaf(
                "1.1",
                new BigDecimal("0.5"),
                "",
                null,
                "SNV",
                "Chưa có quyết định.",
                "Trình ký trong tháng 12.",
                "Số liệu Cục Thống kê công bố khác"),
            new SelfAssessmentDocument.Leaf("1.2", null, "", null, "STP", null, null, null));
    ReportDraft draft = new ReportDraft(1);
    draft.setNumber("125/BC-UBND");
    byte[] pdf =
        DocumentExport.export(
            new SelfAssessmentDocument(HA_TINH, 2022, draft, nodes, leaves).parts(),
            ReportFormat.PDF,
            PdfA.PROPERTIES);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = PdfText.flat(document);
      PdfText.assertShows(
          text,
          List.of(
              "Số: 125/BC-UBND",
              "(Kèm theo Báo cáo số 125/BC-UBND ngày",
              "Nguyên nhân: Chưa có quyết định. Giải pháp khắc phục: Trình ký trong tháng 12.",
              "Chưa chấm điểm.",
              "Điểm do Bộ Nội vụ xác định qua điều tra xã hội học.",
              "Điểm tự chấm khác điểm theo quy tắc: Số liệu Cục Thống kê công bố khác."));
      assertFalse(text.contains("BC-UBND/BC-UBND"), text);
      assertFalse(text.contains(".."), "no doubled full stop");
    }
    byte[] xlsx =
        DocumentExport.export(
            new SelfAssessmentDocument(HA_TINH, 2022, draft, nodes, leaves).parts(),
            ReportFormat.XLSX,
            PdfA.PROPERTIES);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet appendix = workbook.getSheetAt(1);
      Row field = Sheets.rowStartingWith(appendix, "1");
      Row unscored = Sheets.rowStartingWith(appendix, "1.2");
      Row surveyed = Sheets.rowStartingWith(appendix, "1.3");
      assertEquals(List.of(3.0, 0.5), Sheets.numbers(field), "the field sums what was scored");
      assertEquals(List.of(1.0), Sheets.numbers(unscored), "the max, and no 0 for the score");
      assertEquals(
          List.of("1.2", "Tiêu chí chưa chấm", "—", "Chưa chấm điểm."), Sheets.strings(unscored));
      assertEquals("—", Sheets.strings(surveyed).get(2));
      assertTrue(font(workbook, field, "Lĩnh vực một").getBold(), "a field row is bold");
      assertFalse(font(workbook, unscored, "Tiêu chí chưa chấm").getBold(), "a leaf row is not");
    }
  }

  private static XSSFFont font(XSSFWorkbook workbook, Row row, String text) {
    return workbook.getFontAt(Sheets.cellWith(row, text).getCellStyle().getFontIndex());
  }
}
