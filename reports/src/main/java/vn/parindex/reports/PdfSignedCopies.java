package vn.parindex.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.parindex.issuance.SignedCopy;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/** Reads an uploaded signed copy with PDFBox: its signature dictionaries and its first page. */
@ApplicationScoped
public class PdfSignedCopies implements SignedCopy.Reader {
  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  @Override
  public SignedCopy read(Path file) throws IOException {
    if (!startsAsPdf(file)) {
      throw notPdf();
    }
    long length = Files.size(file);
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      List<SignedCopy.Signature> signatures = new ArrayList<>();
      for (PDSignature signature : document.getSignatureDictionaries()) {
        signatures.add(
            new SignedCopy.Signature(
                signature.getName(), instant(signature.getSignDate()), covers(signature, length)));
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      return new SignedCopy(signatures, stripper.getText(document));
    } catch (IOException e) {
      // A damaged or encrypted file is not a copy that can be kept and read again.
      throw notPdf();
    }
  }

  private static boolean startsAsPdf(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
    }
  }

  /** Whether the signed byte ranges reach the end of the file: nothing was appended after. */
  private static boolean covers(PDSignature signature, long length) {
    int[] range = signature.getByteRange();
    return range != null
        && range.length == 4
        && range[0] == 0
        && (long) range[2] + range[3] == length;
  }

  private static Instant instant(Calendar date) {
    return date == null ? null : date.toInstant();
  }

  private static InvalidInputException notPdf() {
    return InvalidInputException.of(Violation.ofField("file", "issued.notPdf"));
  }
}
