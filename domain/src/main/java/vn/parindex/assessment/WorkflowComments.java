package vn.parindex.assessment;

import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/** The comment of a workflow step or a return, as it can be kept. */
final class WorkflowComments {
  private static final int COMMENT_MAX = 2000;

  private WorkflowComments() {}

  /** A comment the step cannot do without. */
  static String required(String comment) {
    String text = optional(comment);
    if (text == null) {
      throw InvalidInputException.of(Violation.ofField("comment", "assessment.comment.required"));
    }
    return text;
  }

  /** At most the column's length, no NUL or other control character. */
  static String optional(String comment) {
    String text = Text.nfc(comment);
    if (text != null && (text.length() > COMMENT_MAX || Text.hasControlCharacters(text))) {
      throw InvalidInputException.of(
          Violation.ofField("comment", "assessment.comment.invalid", COMMENT_MAX));
    }
    return text;
  }
}
