package vn.parindex.api.assessment;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.parindex.evidence.EvidenceMetadata;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/**
 * Reads an evidence upload: the {@code file} part, parked on disk by the servlet container above 1
 * MB, and the optional fields {@code number}, {@code date} (yyyy-MM-dd), {@code issuer}, {@code
 * citation}.
 */
final class Multipart {
  private Multipart() {}

  /** What an endpoint does with the uploaded file and its record fields. */
  @FunctionalInterface
  interface Upload<T> {
    T accept(InputStream content, String fileName, EvidenceMetadata metadata) throws IOException;
  }

  /** Hands the request's file, opened, and its record fields to {@code action}. */
  static <T> T receive(HttpServletRequest request, Upload<T> action) throws IOException {
    Part file = filePart(request);
    try (InputStream content = file.getInputStream()) {
      return action.accept(content, file.getSubmittedFileName(), metadata(request));
    }
  }

  private static Part filePart(HttpServletRequest request) throws IOException {
    Part file;
    try {
      file = request.getPart("file");
    } catch (ServletException | IllegalStateException e) {
      // A body that is not multipart (no boundary, cut short): the client's fault, said as such.
      throw InvalidInputException.of(Violation.ofField("file", "evidence.multipart.invalid"));
    }
    if (file == null || file.getSubmittedFileName() == null) {
      throw InvalidInputException.of(Violation.ofField("file", "frameworks.file.required"));
    }
    return file;
  }

  private static EvidenceMetadata metadata(HttpServletRequest request) {
    String date = request.getParameter("date");
    LocalDate issued = null;
    if (date != null && !date.isBlank()) {
      try {
        issued = LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        throw InvalidInputException.of(Violation.ofField("date", "error.date", date));
      }
    }
    return new EvidenceMetadata(
        request.getParameter("number"),
        issued,
        request.getParameter("issuer"),
        request.getParameter("citation"));
  }
}
