package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a reader sees of a PDF: a page's text, and where the text sits on it. */
final class PdfText {
  static final double POINTS_PER_MM = 72 / 25.4;

  /** The smallest box around every glyph of a page, in points from the top left corner. */
  record Box(double left, double top, double right, double bottom) {}

  private PdfText() {}

  /** A distance in points lies between two lengths in millimetres. */
  static void assertMm(double min, double max, double points, String what) {
    double mm = points / POINTS_PER_MM;
    assertTrue(mm >= min - 0.1 && mm <= max, what + ": " + mm + " mm");
  }

  /**
   * The whole text with every run of white space made one space: justified lines are stretched with
   * extra spaces and wrap where the page ends them.
   */
  static String flat(PDDocument document) throws IOException {
    return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
  }

  static void assertShows(String text, List<String> expected) {
    for (String line : expected) {
      assertTrue(text.contains(line), line + " in " + text);
    }
  }

  static String page(PDDocument document, int page) {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    try {
      return stripper.getText(document).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Box textBox(PDDocument document, int page) throws IOException {
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, 0, 0};
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> glyphs) {
            for (TextPosition g : glyphs) {
              if (g.getUnicode().isBlank()) {
                continue;
              }
              box[0] = Math.min(box[0], g.getXDirAdj());
              box[1] = Math.min(box[1], g.getYDirAdj() - g.getHeightDir());
              box[2] = Math.max(box[2], g.getXDirAdj() + g.getWidthDirAdj());
              box[3] = Math.max(box[3], g.getYDirAdj());
            }
          }
        };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(document);
    return new Box(box[0], box[1], box[2], box[3]);
  }
}
