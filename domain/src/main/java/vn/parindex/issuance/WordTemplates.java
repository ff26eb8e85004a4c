package vn.parindex.issuance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The Word templates the product ships and what a template asks for; implemented in the reports
 * module, which fills them.
 */
public interface WordTemplates {
  /** The kinds of document made from a template ("self-assessment"), in the order to offer them. */
  List<String> kinds();

  /** The template the product ships for the kind. */
  InputStream standard(String kind);

  /** The placeholders the kind's document fills: those of the template the product ships. */
  Set<String> required(String kind);

  /**
   * The placeholders of a Word file meant for the kind, with the cells of its repeated table rows
   * ({@code nodes[code]}); one that is not a Word document is refused with {@link
   * vn.parindex.shared.InvalidInputException}.
   */
  Set<String> placeholders(String kind, Path docx) throws IOException;
}
