package vn.parindex.api.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/** Request bodies that an endpoint cannot do without. */
public final class Bodies {
  /** The media type of an uploaded or downloaded workbook. */
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The media type of a downloaded bundle of files. */
  public static final String ZIP = "application/zip";

  /**
   * A table the product takes in (assignments, survey or Ministry points) is a few hundred rows.
   */
  public static final int MAX_TABLE_BYTES = 1024 * 1024;

  private Bodies() {}

  /** The bytes of an uploaded table; over {@link #MAX_TABLE_BYTES} it is 413, unread. */
  public static byte[] table(InputStream body) throws IOException {
    return TooLargeException.readAtMost(body, MAX_TABLE_BYTES);
  }

  /** An uploaded CSV table as UTF-8 text, read whole first as {@link #table} reads it. */
  public static Reader csv(InputStream body) throws IOException {
    return new InputStreamReader(new ByteArrayInputStream(table(body)), StandardCharsets.UTF_8);
  }

  /**
   * The version a request says it read ({@code ?version=3}), or a 422 saying it is missing or not a
   * number: a stale change is refused by comparing it, so it cannot be guessed.
   */
  public static long version(String text) {
    try {
      return Long.parseLong(Objects.requireNonNullElse(text, "").strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(Violation.ofField("version", "version.required"));
    }
  }

  /** The body, or a 422 saying it is missing. */
  public static <T> T required(T body) {
    if (body == null) {
      throw InvalidInputException.of(Violation.ofField("body", "error.bodyRequired"));
    }
    return body;
  }
}
