package vn.parindex.issuance;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What an uploaded file shows of itself as a signed PDF: its signatures, and the text of its first
 * page, where the report's number is printed.
 */
public record SignedCopy(List<Signature> signatures, String firstPage) {
  /**
   * A signature dictionary: who it names, when, and whether it covers the whole file (nothing was
   * added after signing).
   */
  public record Signature(String name, Instant signedAt, boolean coversWholeFile) {}

  public SignedCopy {
    signatures = List.copyOf(signatures);
  }

  /** Reads a PDF; implemented in the reports module. */
  public interface Reader {
    /**
     * The file's signatures and first page; a file that is not a PDF is refused with {@link
     * vn.parindex.shared.InvalidInputException}.
     */
    SignedCopy read(Path file) throws IOException;
  }
}
