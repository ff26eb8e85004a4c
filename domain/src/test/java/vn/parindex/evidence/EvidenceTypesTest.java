package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.shared.UnsupportedFileTypeException;

/** Types come from the bytes: a name can narrow a container (DOCX in ZIP), never change it. */
class EvidenceTypesTest {
  @TempDir Path dir;

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };
  static final byte[] EXE = exe();

  private static byte[] exe() {
    byte[] bytes = new byte[512];
    bytes[0] = 'M';
    bytes[1] = 'Z';
    bytes[0x3c] = (byte) 0x80;
    bytes[0x80] = 'P';
    bytes[0x81] = 'E';
    return bytes;
  }

  private String type(byte[] content, String name) throws IOException {
    Path file = Files.write(dir.resolve("upload.part"), content);
    return EvidenceTypes.check(file, name);
  }

  private byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Kế hoạch cải cách hành chính năm 2022");
      doc.write(out);
      return out.toByteArray();
    }
  }

  private byte[] xlsx() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(91.17);
      book.write(out);
      return out.toByteArray();
    }
  }

  private byte[] zip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.putNextEntry(new ZipEntry("bao-cao.txt"));
      ((OutputStream) out).write("Báo cáo".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void acceptedTypesAreRecognisedByContent() throws IOException {
    assertEquals("application/pdf", type(PDF, "520-KH-UBND.pdf"));
    assertEquals("application/pdf", type(PDF, "ke-hoach"));
    assertEquals("image/png", type(PNG, "anh-chup.png"));
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        type(docx(), "bao-cao.docx"));
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        type(xlsx(), "so-lieu.xlsx"));
    assertEquals("application/zip", type(zip(), "ho-so.zip"));
  }

  @Test
  void aProgramOrAPageCalledPdfIsRefused() {
    assertEquals(
        "evidence.type",
        assertThrows(UnsupportedFileTypeException.class, () -> type(EXE, "bao-cao.pdf"))
            .messageKey());
    assertThrows(
        UnsupportedFileTypeException.class,
        () ->
            type(
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "bao-cao.pdf"));
    assertThrows(
        UnsupportedFileTypeException.class,
        () -> type("chỉ là văn bản".getBytes(StandardCharsets.UTF_8), "bao-cao.docx"));
  }

  @Test
  void aDocumentCannotPassForAnotherByItsName() {
    assertThrows(UnsupportedFileTypeException.class, () -> type(docx(), "bao-cao.pdf"));
  }
}
