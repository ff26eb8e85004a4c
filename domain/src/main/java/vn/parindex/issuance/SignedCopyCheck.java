package vn.parindex.issuance;

import java.util.ArrayList;
import java.util.List;
import vn.parindex.shared.Violation;

/**
 * Whether an uploaded file is the signed copy of the report it is uploaded for: it carries a
 * signature, the last signature covers the whole file (nothing added after signing), and its first
 * page prints the report's number. Whether the signature's certificate is valid is the signing
 * service's to say; this check makes sure the right, signed, unaltered document is kept.
 */
final class SignedCopyCheck {
  private SignedCopyCheck() {}

  static List<Violation> problems(SignedCopy copy, String number) {
    List<Violation> problems = new ArrayList<>();
    if (copy.signatures().isEmpty()) {
      problems.add(Violation.ofField("file", "issued.unsigned"));
    } else if (!copy.signatures().get(copy.signatures().size() - 1).coversWholeFile()) {
      problems.add(Violation.ofField("file", "issued.changedAfterSigning"));
    }
    String page = copy.firstPage().replaceAll("\\s+", " ");
    if (!page.contains("Số: " + number)) {
      problems.add(Violation.ofField("file", "issued.otherDocument", number));
    }
    return problems;
  }
}
