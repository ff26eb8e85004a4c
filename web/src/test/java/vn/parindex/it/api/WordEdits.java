package vn.parindex.it.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Word files changed as an official would change them in Word. */
final class WordEdits {
  private WordEdits() {}

  /** The Word file with the text of each run holding {@code from} changed to {@code to}. */
  static byte[] edited(byte[] docx, String from, String to) throws IOException {
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (XWPFParagraph paragraph : word.getParagraphs()) {
        for (XWPFRun run : paragraph.getRuns()) {
          String text = run.getText(0);
          if (text != null && text.contains(from)) {
            run.setText(text.replace(from, to), 0);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      word.write(out);
      return out.toByteArray();
    }
  }
}
