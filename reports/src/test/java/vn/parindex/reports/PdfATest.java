package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The check the documents pass can fail: a PDF that is not PDF/A does. */
class PdfATest {
  @Test
  void aPlainPdfIsRefusedWithTheRulesItBreaks() throws IOException {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.save(plain);
    }
    AssertionError refused =
        assertThrows(AssertionError.class, () -> PdfA.assertConforms(plain.toByteArray()));
    assertTrue(refused.getMessage().contains("rules failed"), refused.getMessage());
    assertTrue(refused.getMessage().contains("6.7.2"), "no XMP metadata: " + refused.getMessage());
  }
}
