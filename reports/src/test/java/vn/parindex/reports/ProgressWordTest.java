package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class ProgressWordTest {
  private static Map<String, ?> row(int no, String unit, String scored) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("no", no);
    row.put("unit", unit);
    row.put("pair", "Đã cử");
    row.put("scored", new BigDecimal(scored));
    row.put("evidence", BigDecimal.ZERO);
    row.put("sent", "Chưa gửi");
    row.put("returned", 0);
    row.put("overdue", 1);
    row.put("reminders", 2);
    return row;
  }

  /** One row per unit in a real Word table, on landscape pages, with the PDF's figures. */
  @Test
  void eachUnitIsARowOfAWordTable() throws IOException {
    byte[] docx =
        ProgressWord.render(
            () -> new PoiTlTemplates().standard("progress"),
            "Tự đánh giá 2023",
            "07/12/2026",
            List.of(
                row(1, "VPUBND — Văn phòng Ủy ban nhân dân tỉnh", "8.33"),
                row(2, "STP — Sở Tư pháp", "100")),
            PdfA.PROPERTIES);
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      String text = extractor.getText();
      PdfText.assertShows(
          text,
          List.of(
              "BÁO CÁO TIẾN ĐỘ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM",
              "Tự đánh giá 2023",
              "Tính đến ngày 07/12/2026",
              "VPUBND — Văn phòng Ủy ban nhân dân tỉnh",
              "8,33"));
      assertFalse(text.contains("{{") || text.contains("[unit]"), text);
      XWPFTable table = word.getTables().get(0);
      assertEquals(3, table.getRows().size(), "a header and two units");
      assertTrue(table.getRow(0).isRepeatHeader());
      assertEquals(
          STPageOrientation.LANDSCAPE,
          word.getDocument().getBody().getSectPr().getPgSz().getOrient());
      assertEquals("Báo cáo thử", word.getProperties().getCoreProperties().getTitle());
    }
  }
}
