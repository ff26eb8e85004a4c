package vn.parindex.web.assessment;

import java.io.Serializable;
import java.util.List;
import vn.parindex.assessment.LeafSelection;
import vn.parindex.assessment.LeafSelection.Filter;
import vn.parindex.assessment.Workspace;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.framework.Framework;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.NodeCode;

/**
 * The workspace's field, filter and search as the page holds them. The page opens on the first
 * field with a leaf not yet scored: 88 leaves at once made a 7,000 px page that took a tenth of a
 * second of the server's time to draw.
 */
public class LeafPicker implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The menu's value for every field at once. */
  public static final String ALL_FIELDS = "*";

  /** A field as the menu offers it: code, name, and how many of its leaves the unit scored. */
  public record FieldChoice(String code, String name, long scored, int total) {}

  private String field;
  private Filter filter = Filter.ALL;
  private String search;

  /** The field the work picks up at, unless a link or the user chose one of this workspace. */
  void startAt(Workspace workspace) {
    boolean known =
        ALL_FIELDS.equals(field)
            || workspace.leaves().stream()
                .anyMatch(l -> NodeCode.fieldOf(l.getCode()).equals(field));
    if (!known) {
      String first = LeafSelection.firstUnfinishedField(workspace.leaves());
      field = first == null ? ALL_FIELDS : first;
    }
  }

  LeafSelection selection() {
    return new LeafSelection(ALL_FIELDS.equals(field) ? null : field, filter, search);
  }

  /** The workspace's fields in code order, each with its scored and total leaves. */
  static List<FieldChoice> fields(Workspace workspace) {
    Framework framework = workspace.campaign().getFramework();
    return workspace.byField().entrySet().stream()
        .map(
            e ->
                new FieldChoice(
                    e.getKey(),
                    framework.node(e.getKey()).map(FrameworkNode::getNameVi).orElse(""),
                    e.getValue().stream().filter(WorkspaceLeaf::isScored).count(),
                    e.getValue().size()))
        .toList();
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public Filter getFilter() {
    return filter;
  }

  public void setFilter(Filter filter) {
    this.filter = filter == null ? Filter.ALL : filter;
  }

  public Filter[] getFilters() {
    return Filter.values();
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  /** Whether the leaves shown come from every field, the menu's field set aside. */
  public boolean isEverywhere() {
    return selection().everywhere();
  }
}
