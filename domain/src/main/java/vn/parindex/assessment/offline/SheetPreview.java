package vn.parindex.assessment.offline;

import java.util.List;
import vn.parindex.shared.Violation;

/**
 * What an upload would do: the cells it changes, the leaves it would save, the leaves left as the
 * site has them because both changed since the download, and its errors by row and column. It is
 * saved only without errors, and only when confirmed.
 */
public record SheetPreview(
    List<SheetChange> changes,
    List<SheetEdit> edits,
    List<SheetConflict> conflicts,
    List<Violation> errors) {

  public SheetPreview {
    changes = List.copyOf(changes);
    edits = List.copyOf(edits);
    conflicts = List.copyOf(conflicts);
    errors = List.copyOf(errors);
  }

  public boolean savable() {
    return errors.isEmpty() && !edits.isEmpty();
  }
}
