package vn.parindex.reports;

import java.util.Arrays;
import java.util.Optional;

/**
 * The formats an official document is issued in, and the page preview, with their media type and
 * file extension.
 */
public enum ReportFormat {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  /** The preview on the reports page, not a file to issue. */
  HTML("text/html;charset=UTF-8", "html");

  private final String mediaType;
  private final String extension;

  ReportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The format a request names ("pdf", "DOCX"), if it is one. */
  public static Optional<ReportFormat> named(String name) {
    return Arrays.stream(values())
        .filter(f -> f.name().equalsIgnoreCase(String.valueOf(name)))
        .findFirst();
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }
}
