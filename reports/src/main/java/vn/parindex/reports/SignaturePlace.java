package vn.parindex.reports;

import java.util.List;
import java.util.Optional;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Where the signer signs: the blank lines of the signature block between the signer's title and
 * name, found in the filled report (page coordinates from its top left, in points), so that the
 * PDF's signature field lies exactly where the signature's image belongs.
 *
 * @param page the page's index, from 0
 */
record SignaturePlace(int page, float x, float y, float width, float height) {
  /** The signature block beginning with {@code firstLine} ("TM. ỦY BAN NHÂN DÂN"), if printed. */
  static Optional<SignaturePlace> find(JasperPrint report, String firstLine) {
    for (int p = 0; p < report.getPages().size(); p++) {
      Optional<JRPrintText> block = find(report.getPages().get(p).getElements(), firstLine);
      if (block.isPresent()) {
        return Optional.of(of(p, block.get()));
      }
    }
    return Optional.empty();
  }

  private static Optional<JRPrintText> find(List<JRPrintElement> elements, String firstLine) {
    for (JRPrintElement element : elements) {
      if (element instanceof JRPrintText text
          && text.getFullText() != null
          && text.getFullText().startsWith(firstLine)) {
        return Optional.of(text);
      }
      if (element instanceof JRPrintFrame frame) {
        Optional<JRPrintText> inside = find(frame.getElements(), firstLine);
        if (inside.isPresent()) {
          return inside;
        }
      }
    }
    return Optional.empty();
  }

  /** The run of empty lines after the title; the lines share the block's measured height. */
  private static SignaturePlace of(int page, JRPrintText block) {
    String[] lines = block.getFullText().split("\n", -1);
    int first = 0;
    while (first < lines.length && !lines[first].isBlank()) {
      first++;
    }
    int last = first;
    while (last < lines.length && lines[last].isBlank()) {
      last++;
    }
    float line = block.getTextHeight() / lines.length;
    float top = block.getY() + block.getLineBox().getTopPadding() + first * line;
    return new SignaturePlace(
        page, block.getX(), top, block.getWidth(), Math.max(1, last - first) * line);
  }
}
