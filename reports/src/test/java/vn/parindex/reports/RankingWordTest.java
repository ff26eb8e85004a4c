package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.parindex.ranking.Result;

/** The ranking's DOCX filled into its Word template, read back with POI and laid out. */
class RankingWordTest {
  private static byte[] word(List<Result> results) {
    return RankingWord.render(
        RankingDocumentTest.document(results),
        () -> new PoiTlTemplates().standard("ranking"),
        PdfA.PROPERTIES);
  }

  @Test
  void theRankingThenAnAppendixPerUnitEachFromANewPage() throws IOException {
    byte[] bytes = word(RankingDocumentTest.RESULTS);
    assertFalse(Docx.xml(bytes).contains("w:hRule=\"exact\""), "rows grow");
    try (XWPFDocument word = Docx.open(bytes);
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      String text = extractor.getText();
      PdfText.assertShows(
          text,
          List.of(
              "KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH",
              "Chỉ số CCHC năm 2024",
              "STP — Sở Tư pháp",
              "1: 10; 2: 9",
              "19,5",
              "↑ 1",
              "Phụ lục I",
              "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA SỞ TƯ PHÁP",
              "(Kèm theo Kết quả xác định Chỉ số cải cách hành chính Chỉ số CCHC năm 2024)",
              "Xếp hạng 1 trong nhóm Sở, ban, ngành; xếp loại: Tốt",
              "Điểm thưởng, điểm trừ",
              "Phụ lục III",
              "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA UBND HUYỆN KỲ ANH",
              "Xếp hạng 1 trong nhóm Cấp huyện; xếp loại: Tốt"));
      assertFalse(text.contains("{{") || text.contains("[unit]"), "a placeholder left: " + text);
      List<XWPFTable> tables = word.getTables();
      assertEquals(4, tables.size(), "the ranking and three appendices");
      assertEquals(4, tables.get(0).getRows().size(), "a header and three units");
      assertEquals(5, tables.get(1).getRows().size(), "two fields, the adjustment, the total");
      assertEquals(4, tables.get(3).getRows().size(), "two fields and the total");
      tables.forEach(t -> assertTrue(t.getRow(0).isRepeatHeader(), "the header row repeats"));
      List<XWPFParagraph> appendices =
          word.getParagraphs().stream().filter(p -> p.getText().startsWith("Phụ lục")).toList();
      assertEquals(3, appendices.size());
      appendices.forEach(
          p ->
              assertTrue(
                  p.getCTP().getPPr().isSetPageBreakBefore(), p.getText() + " on a new page"));
      var ranking = word.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null);
      assertTrue(
          ranking.anyMatch(
              p ->
                  p.getCTP().getPPr().isSetSectPr()
                      && p.getCTP().getPPr().getSectPr().getPgSz().getOrient()
                          == STPageOrientation.LANDSCAPE),
          "the ranking on landscape pages");
    }
  }

  /** Laid out by LibreOffice: the PDF's pages give or take one, at three units and at forty. */
  @Test
  void laidOutItKeepsThePagesOfThePdf() throws Exception {
    Path office = LibreOffice.find();
    Assumptions.assumeTrue(office != null, LibreOffice.MISSING);
    List<Result> forty = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      forty.add(RankingDocumentTest.RESULTS.get(i % 3));
    }
    for (List<Result> results : List.of(RankingDocumentTest.RESULTS, forty)) {
      int pdfPages;
      try (PDDocument pdf =
          Loader.loadPDF(
              DocumentExport.export(
                  RankingDocumentTest.document(results).parts(),
                  ReportFormat.PDF,
                  PdfA.PROPERTIES))) {
        pdfPages = pdf.getNumberOfPages();
      }
      int docxPages = LibreOffice.pages(office, word(results));
      assertTrue(Math.abs(docxPages - pdfPages) <= 1, docxPages + " pages against " + pdfPages);
    }
  }
}
