package vn.parindex.api.report;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import vn.parindex.reports.ReportFormat;
import vn.parindex.reports.ReportService;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;
import vn.parindex.web.shell.Downloads;

/** The documents the API serves: the format a request names, and the file in the answer. */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * The format named by {@code ?format=}, or a 422 naming it. HTML only where {@code preview}: the
   * campaign reports' page shows their preview; other documents are issued as files only.
   */
  public static ReportFormat format(String name, boolean preview) {
    return ReportFormat.named(name)
        .filter(f -> preview || f != ReportFormat.HTML)
        .orElseThrow(
            () -> InvalidInputException.of(Violation.ofField("format", "report.format", name)));
  }

  /** The document with its media type, to download under its name (HTML shown in place). */
  public static Response of(ReportService.Report produced) {
    return Response.ok(produced.content(), produced.format().mediaType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            produced.format() == ReportFormat.HTML
                ? "inline"
                : Downloads.contentDisposition(produced.fileName()))
        .build();
  }
}
