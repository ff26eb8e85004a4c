package vn.parindex.api.assessment;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
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

  static Part filePart(HttpServletRequest request) throws IOException, ServletException {
    Part file = request.getPart("file");
    if (file == null || file.getSubmittedFileName() == null) {
      throw InvalidInputException.of(Violation.ofField("file", "frameworks.file.required"));
    }
    return file;
  }

  static EvidenceMetadata metadata(HttpServletRequest request) {
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
