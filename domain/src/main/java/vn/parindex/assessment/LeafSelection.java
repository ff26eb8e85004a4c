package vn.parindex.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.parindex.framework.NodeCode;
import vn.parindex.shared.Text;

/**
 * Which leaves of a workspace a page shows: those of one field (or of every field when {@code
 * field} is null). A filter or a search looks in every field: an officer who asks for the leaves
 * returned, or types "8.1" or "hài lòng", wants them wherever they are.
 */
public record LeafSelection(String field, Filter filter, String search) {

  /** What still needs attention, as the workspace's filter buttons name it. */
  public enum Filter {
    ALL,
    UNSCORED,
    NO_EVIDENCE,
    RETURNED,
    AT_RISK
  }

  public LeafSelection {
    filter = filter == null ? Filter.ALL : filter;
    search = search == null ? "" : search.strip();
  }

  public List<WorkspaceLeaf> of(List<WorkspaceLeaf> leaves) {
    return leaves.stream().filter(this::inField).filter(this::passes).filter(this::found).toList();
  }

  /** Whether the field is set aside: a filter or a search looks in every field. */
  public boolean everywhere() {
    return searching() || filter != Filter.ALL;
  }

  public boolean searching() {
    return !search.isEmpty();
  }

  /**
   * Where an officer picks up the work: the first field with a leaf not yet scored, or the first
   * field when every leaf is.
   */
  public static String firstUnfinishedField(List<WorkspaceLeaf> leaves) {
    return leaves.stream()
        .filter(l -> !l.isScored())
        .findFirst()
        .or(() -> leaves.stream().findFirst())
        .map(l -> NodeCode.fieldOf(l.getCode()))
        .orElse(null);
  }

  private boolean inField(WorkspaceLeaf leaf) {
    return everywhere() || field == null || field.equals(NodeCode.fieldOf(leaf.getCode()));
  }

  private boolean passes(WorkspaceLeaf leaf) {
    return switch (filter) {
      case ALL -> true;
      case UNSCORED -> !leaf.isScored();
      case NO_EVIDENCE -> leaf.getEvidenceCount() == 0;
      case RETURNED -> leaf.getState() == LeafState.RETURNED;
      case AT_RISK -> leaf.isAtRisk();
    };
  }

  /** A code finds itself and what lies below it; words find the names holding all of them. */
  private boolean found(WorkspaceLeaf leaf) {
    if (!searching()) {
      return true;
    }
    if (NodeCode.isWithin(leaf.getCode(), withoutTrailingDots(search))) {
      return true;
    }
    String names =
        Text.fold(
            String.join(
                " ",
                Objects.toString(leaf.getNode().getNameVi(), ""),
                Objects.toString(leaf.getNode().getNameEn(), "")));
    return Arrays.stream(Text.fold(search).split("\\s+")).allMatch(names::contains);
  }

  /** "2." as "2": a scan, not a regex, which a long string of dots would make quadratic. */
  private static String withoutTrailingDots(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '.') {
      end--;
    }
    return text.substring(0, end);
  }
}
