package vn.parindex.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's verdict on a PDF as PDF/A-1b, the archival format of TCVN 14159-1:2024. */
final class PdfA {
  /** Properties for documents made by the tests. */
  static final DocumentProperties PROPERTIES =
      new DocumentProperties(
          "Báo cáo thử",
          "Ủy ban nhân dân tỉnh Hà Tĩnh",
          "Chỉ số CCHC năm 2022",
          "Chỉ số CCHC; thử");

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfA() {}

  /**
   * Fails with every failed rule (clause, test, what it checks) unless the file passes them all.
   */
  static void assertConforms(byte[] pdf) {
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_1_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, true)) {
      ValidationResult result = validator.validate(parser);
      assertEquals(PDFAFlavour.PDFA_1_B, result.getPDFAFlavour());
      List<String> failed =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(
                  a ->
                      a.getRuleId().getClause()
                          + "-"
                          + a.getRuleId().getTestNumber()
                          + " "
                          + a.getMessage())
              .distinct()
              .toList();
      if (!result.isCompliant()) {
        fail("PDF/A-1b: " + failed.size() + " rules failed: " + String.join("\n", failed));
      }
    } catch (Exception e) {
      throw new AssertionError("veraPDF could not read the file", e);
    }
  }
}
