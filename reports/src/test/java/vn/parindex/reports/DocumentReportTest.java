package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DocumentReportTest {
  @Test
  void theHeaderBlockAndTheBodyComeOutAsTheDecreeWritesThem() throws IOException {
    List<Map<String, ?>> blocks = new ArrayList<>();
    blocks.add(DocumentReport.block("h", "I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM"));
    blocks.add(DocumentReport.block("p", "Tổng điểm tự đánh giá: 85,95/100 điểm."));
    blocks.add(
        DocumentReport.block(
            "rh", "STT", "Lĩnh vực", "Điểm tối đa", "Điểm tự đánh giá", "Tỷ lệ (%)"));
    blocks.add(DocumentReport.block("r", "1", "Công tác chỉ đạo điều hành", "10", "9,5", "95"));
    blocks.add(
        DocumentReport.block(
            "sig", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Văn Ký"));
    blocks.add(DocumentReport.block("rcv", "Nơi nhận:"));
    blocks.add(DocumentReport.block("rcvl", "- Như trên;\n- Lưu: VT, NC."));
    blocks.add(DocumentReport.block("break"));
    blocks.add(DocumentReport.block("hc", "Phụ lục"));
    for (int i = 1; i <= 60; i++) {
      blocks.add(DocumentReport.block("r", "1." + i, "Tiêu chí " + i, "1", "1", "520/KH-UBND", ""));
    }
    byte[] pdf =
        DocumentReport.render(
            Map.of(
                "ISSUER1", "ỦY BAN NHÂN DÂN",
                "ISSUER2", "TỈNH HÀ TĨNH",
                "NUMBER", "Số: 123/BC-UBND",
                "PLACE_DATE", "Hà Tĩnh, ngày 04 tháng 12 năm 2022",
                "TYPE", "BÁO CÁO",
                "SUBJECT", "Tự đánh giá, chấm điểm xác định Chỉ số cải cách hành chính năm 2022",
                "ADDRESSEE", "Kính gửi: Bộ Nội vụ"),
            blocks,
            ReportFormat.PDF);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      for (String expected :
          List.of(
              "ỦY BAN NHÂN DÂN",
              "TỈNH HÀ TĨNH",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc",
              "Số: 123/BC-UBND",
              "Hà Tĩnh, ngày 04 tháng 12 năm 2022",
              "Kính gửi: Bộ Nội vụ",
              "PHÓ CHỦ TỊCH",
              "Nơi nhận:",
              "Phụ lục",
              "1.60")) {
        assertTrue(text.contains(expected), expected + " in\n" + text);
      }
      assertTrue(document.getNumberOfPages() >= 3, "the appendix starts on its own page");
    }
  }
}
