package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** What a link gave: HTTP status, content type and the bytes, and the text they hold. */
record Fetched(int status, String type, byte[] body) {

  /** Fetches a link in the page's own session, as a click would. */
  static Fetched of(WebDriver driver, String href) {
    List<?> fetched =
        (List<?>)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0], {credentials: 'same-origin'})"
                        + ".then(r => r.blob().then(b => { var reader = new FileReader();"
                        + " reader.onload = () => done([r.status, r.headers.get('Content-Type'),"
                        + " reader.result.substring(reader.result.indexOf(',') + 1)]);"
                        + " reader.readAsDataURL(b); }))"
                        + ".catch(e => done([0, String(e), '']));",
                    href);
    return new Fetched(
        ((Number) fetched.get(0)).intValue(),
        String.valueOf(fetched.get(1)),
        Base64.getDecoder().decode(String.valueOf(fetched.get(2))));
  }

  /** The PDF's text, its lines joined by single spaces; {@code what} names it in a failure. */
  String pdfText(String what) {
    assertEquals(200, status, what);
    assertEquals("application/pdf", type, what);
    try (PDDocument document = Loader.loadPDF(body)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new AssertionError(what + " is not a PDF", e);
    }
  }

  /** The Word document's text, read back with POI. */
  String docxText(String what) {
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(body));
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      return extractor.getText();
    } catch (IOException e) {
      throw new AssertionError(what + " is not a Word document", e);
    }
  }

  /** An Office Open XML file (DOCX, XLSX): a ZIP of some size with the type it claims. */
  void assertOfficeFile(String what) {
    assertEquals(200, status, what);
    assertTrue(type.startsWith("application/vnd.openxmlformats"), type);
    assertTrue(body.length > 1000 && body[0] == 'P' && body[1] == 'K', what);
  }
}
