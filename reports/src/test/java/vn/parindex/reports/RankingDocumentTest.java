package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.organisation.UnitKind;
import vn.parindex.ranking.Result;

class RankingDocumentTest {
  static final List<Result> RESULTS =
      List.of(
          result("STP", UnitKind.DEPARTMENT, 1, "19.5", "20", "97.5", "Tốt", "10", "9"),
          result("SYT", UnitKind.DEPARTMENT, 2, "15", "20", "75", "Trung bình", "8", "7"),
          result("HKA", UnitKind.DISTRICT, 1, "18", "20", "90", "Tốt", "9", "9"));

  private static Result result(
      String unit,
      UnitKind group,
      int rank,
      String total,
      String max,
      String index,
      String band,
      String field1,
      String field2) {
    return new Result(
        unit,
        group,
        new BigDecimal(total),
        new BigDecimal(max),
        new BigDecimal(index),
        rank,
        rank + 1,
        band,
        List.of(
            new Result.FieldResult("1", new BigDecimal(field1), BigDecimal.TEN, null),
            new Result.FieldResult(
                "2",
                new BigDecimal(field2),
                BigDecimal.TEN,
                new BigDecimal(field2).multiply(BigDecimal.TEN))));
  }

  static RankingDocument document(List<Result> results) {
    return new RankingDocument(
        "Chỉ số CCHC năm 2024",
        results,
        Map.of("STP", "Sở Tư pháp", "SYT", "Sở Y tế", "HKA", "UBND huyện Kỳ Anh"),
        Map.of("1", "Công tác chỉ đạo, điều hành", "2", "Xây dựng và tổ chức thực hiện"));
  }

  static byte[] report(ReportFormat format) {
    return DocumentExport.export(document(RESULTS).parts(), format, PdfA.PROPERTIES);
  }

  @Test
  void theRankingWithItsAppendicesIsPdfA() {
    PdfA.assertConforms(report(ReportFormat.PDF));
  }

  @Test
  void eachUnitHasItsAppendixOnItsOwnPages() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(report(ReportFormat.PDF))) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"), text);
      assertEquals(4, pdf.getNumberOfPages(), "the ranking and three appendices");
      assertTrue(PdfText.page(pdf, 2).startsWith("Phụ lục I\n"));
      String stp = PdfText.page(pdf, 2);
      PdfText.assertShows(
          stp,
          List.of(
              "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA SỞ TƯ PHÁP",
              "(Kèm theo Kết quả xác định Chỉ số cải cách hành chính Chỉ số CCHC năm 2024)",
              "Xếp hạng 1 trong nhóm Sở, ban, ngành; xếp loại: Tốt",
              "Công tác chỉ đạo, điều hành",
              "Điểm thưởng, điểm trừ 0,5",
              "Tổng cộng 20 19,5 97,5"));
      String hka = PdfText.page(pdf, 4);
      assertTrue(hka.startsWith("Phụ lục III\n"), hka);
      assertTrue(hka.contains("Xếp hạng 1 trong nhóm Cấp huyện; xếp loại: Tốt"), hka);
      assertTrue(!hka.contains("Điểm thưởng"), "no adjustment row without an adjustment");
    }
  }

  @Test
  void theWorkbookHasASheetPerUnitWithNumbers() throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(report(ReportFormat.XLSX)))) {
      assertEquals(4, workbook.getNumberOfSheets());
      assertEquals("Xếp hạng", workbook.getSheetName(0));
      assertEquals("STP", workbook.getSheetName(1));
      assertEquals("HKA", workbook.getSheetName(3));
      assertEquals(
          List.of(20.0, 15.0, 75.0),
          Sheets.numbers(Sheets.rowStartingWith(workbook.getSheet("SYT"), "Tổng cộng")),
          "applicable max, total and index of SYT");
    }
  }

  @Test
  void appendicesAreNumberedInRomanNumerals() {
    assertEquals("I", RankingDocument.roman(1));
    assertEquals("IV", RankingDocument.roman(4));
    assertEquals("XIV", RankingDocument.roman(14));
    assertEquals("XL", RankingDocument.roman(40));
  }
}
