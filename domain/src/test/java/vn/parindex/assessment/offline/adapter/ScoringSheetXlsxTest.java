package vn.parindex.assessment.offline.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.offline.OfflineSheet;
import vn.parindex.assessment.offline.SheetLeaf;
import vn.parindex.assessment.offline.SheetRow;
import vn.parindex.assessment.offline.SheetUpload;
import vn.parindex.framework.ScoringRule;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.MessageKey;
import vn.parindex.shared.Violation;

class ScoringSheetXlsxTest {
  private static final OfflineSheet SHEET =
      new OfflineSheet(
          7L,
          "Chỉ số CCHC 2025",
          "STP",
          "Sở Tư pháp",
          true,
          List.of(
              new SheetLeaf(
                  "STP",
                  "1.1",
                  "Ban hành kế hoạch CCHC",
                  new BigDecimal("2"),
                  new ScoringRule.Manual(new BigDecimal("0.25")),
                  List.of(new MessageKey("rule.words.manual", 2, "0.25")),
                  null,
                  new BigDecimal("1.5"),
                  "Đã ban hành",
                  null,
                  List.of("520/KH-UBND"),
                  3L),
              new SheetLeaf(
                  "STP",
                  "2.1",
                  "Tỷ lệ hoàn thành",
                  new BigDecimal("1"),
                  new ScoringRule.Proportional(),
                  List.of(),
                  null,
                  null,
                  null,
                  null,
                  List.of(),
                  null)));

  static byte[] written() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScoringSheetXlsx.write(SHEET, key -> key.key(), out);
    // Kept for a look in LibreOffice: target/scoring-sheet.xlsx.
    Files.write(Path.of("target", "scoring-sheet.xlsx"), out.toByteArray());
    return out.toByteArray();
  }

  @Test
  void whatIsWrittenReadsBackAsItsRows() throws IOException {
    SheetUpload upload = ScoringSheetReader.read(written());
    assertEquals(7L, upload.campaignId());
    assertEquals("STP", upload.unitCode());
    assertEquals(List.of(), upload.structure());
    assertEquals(
        List.of(
            new SheetRow(3, "1.1", null, "1.5", "Đã ban hành", "3"),
            new SheetRow(4, "2.1", null, null, null, null)),
        upload.rows());
  }

  @Test
  void onlyTheCellsToFillAreOpenAndEachIsChecked() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written()))) {
      XSSFSheet data = workbook.getSheetAt(0);
      assertTrue(data.getProtect(), "the sheet is protected");
      assertEquals("rule.words.manual", data.getRow(2).getCell(3).getStringCellValue());
      assertEquals("520/KH-UBND", data.getRow(2).getCell(7).getStringCellValue());
      assertTrue(data.getRow(2).getCell(0).getCellStyle().getLocked(), "the code is locked");
      assertFalse(data.getRow(2).getCell(5).getCellStyle().getLocked(), "1.1's score is typed");
      assertTrue(data.getRow(2).getCell(4).getCellStyle().getLocked(), "1.1 has no input");
      assertFalse(data.getRow(3).getCell(4).getCellStyle().getLocked(), "2.1's input is typed");
      assertTrue(data.getRow(3).getCell(5).getCellStyle().getLocked(), "2.1's rule scores it");
      assertFalse(data.getRow(3).getCell(6).getCellStyle().getLocked(), "explanations typed");
      // 1.1: score and explanation; 2.1: input and explanation.
      assertEquals(4, data.getDataValidations().size());
      assertEquals(
          SheetVisibility.VERY_HIDDEN,
          workbook.getSheetVisibility(workbook.getSheetIndex(ScoringSheetXlsx.META)));
    }
  }

  @Test
  void aChangedHeadingIsAnErrorOfStructure() throws IOException {
    byte[] changed;
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written()))) {
      Sheet data = workbook.getSheetAt(0);
      data.getRow(1).getCell(5).setCellValue("Điểm");
      data.getRow(1).createCell(9).setCellValue("Ghi chú");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      changed = out.toByteArray();
    }
    assertEquals(
        List.of(
            Violation.ofCell(2, "F", "sheet.heading", "sheet.column.SELF_SCORE"),
            Violation.ofCell(2, "J", "sheet.column.extra", "Ghi chú")),
        ScoringSheetReader.read(changed).structure());
  }

  @Test
  void aFileThatIsNotTheSheetIsRefusedWhole() throws IOException {
    InvalidInputException text =
        assertThrows(
            InvalidInputException.class,
            () -> ScoringSheetReader.read("ma,diem\n1.1,2".getBytes()));
    assertEquals("sheet.unreadable", text.violations().get(0).messageKey());
    ByteArrayOutputStream other = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("1.1");
      workbook.write(other);
    }
    InvalidInputException foreign =
        assertThrows(
            InvalidInputException.class, () -> ScoringSheetReader.read(other.toByteArray()));
    assertEquals("sheet.notOurs", foreign.violations().get(0).messageKey());
  }
}
