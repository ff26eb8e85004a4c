package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ScorecardDocumentTest {
  static final List<ReportNode> NODES =
      List.of(
          new ReportNode("1", "Công tác chỉ đạo, điều hành", new BigDecimal(6)),
          new ReportNode("1.1", "Kế hoạch cải cách hành chính", new BigDecimal(4)),
          new ReportNode("1.1.1", "Ban hành kế hoạch đúng hạn", new BigDecimal(2)),
          new ReportNode("1.1.2", "Mức độ thực hiện kế hoạch", new BigDecimal(2)),
          new ReportNode("1.2", "Báo cáo định kỳ", new BigDecimal(2)),
          new ReportNode("2", "Mức độ hài lòng của người dân", new BigDecimal(2)));

  private static final List<ScorecardDocument.Leaf> LEAVES =
      List.of(
          new ScorecardDocument.Leaf(
              "1.1.1",
              new BigDecimal(2),
              new BigDecimal("1.5"),
              new BigDecimal(2),
              new BigDecimal(2),
              "Đã giải trình đủ"),
          new ScorecardDocument.Leaf(
              "1.1.2",
              new BigDecimal("1.5"),
              new BigDecimal("1.25"),
              null,
              new BigDecimal("1.25"),
              "Thiếu báo cáo quý IV"),
          new ScorecardDocument.Leaf(
              "1.2", new BigDecimal(2), null, null, null, "Không áp dụng: đơn vị mới thành lập"),
          new ScorecardDocument.Leaf("2", null, null, null, new BigDecimal("1.8"), ""));

  static ScorecardDocument document(boolean provincial) {
    return new ScorecardDocument(
        "STP — Sở Tư pháp", "Chỉ số CCHC năm 2024", provincial, NODES, LEAVES);
  }

  static byte[] scorecard(ReportFormat format) {
    return DocumentExport.export(List.of(document(false).part()), format, PdfA.PROPERTIES);
  }

  @Test
  void theScorecardIsPdfA() {
    PdfA.assertConforms(scorecard(ReportFormat.PDF));
  }

  @Test
  void everyNodeWithTheSumsOfItsLeavesAndTheRemarks() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(scorecard(ReportFormat.PDF))) {
      String text = PdfText.flat(pdf);
      PdfText.assertShows(
          text,
          List.of(
              "BẢNG ĐIỂM TỰ ĐÁNH GIÁ, THẨM ĐỊNH STP — Sở Tư pháp Chỉ số CCHC năm 2024",
              "Thẩm định lần 1",
              "Thẩm định lần 2",
              "Ý kiến thẩm định",
              // field 1: self 5,5, round 1 2,75, round 2 2, counted 3,25 (1.2 does not apply)
              "1 Công tác chỉ đạo, điều hành 6 5,5 2,75 2 3,25",
              "1.1 Kế hoạch cải cách hành chính 4 3,5 2,75 2 3,25",
              "1.1.2 Mức độ thực hiện kế hoạch 2 1,5 1,25 1,25 Thiếu báo cáo quý IV",
              "1.2 Báo cáo định kỳ 2 2 Không áp dụng: đơn vị mới thành lập",
              "2 Mức độ hài lòng của người dân 2 1,8"));
    }
  }

  @Test
  void theWorkbookKeepsTheFiguresAsNumbers() throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(scorecard(ReportFormat.XLSX)))) {
      Sheet sheet = workbook.getSheet("Bảng điểm");
      assertEquals(
          List.of(4.0, 3.5, 2.75, 2.0, 3.25), Sheets.numbers(Sheets.rowStartingWith(sheet, "1.1")));
    }
  }
}
