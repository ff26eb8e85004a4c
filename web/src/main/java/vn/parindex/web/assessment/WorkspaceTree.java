package vn.parindex.web.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.parindex.assessment.Workspace;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.NodeCode;

/**
 * The leaves a workspace shows as a tree under their fields and criteria, every row expanded,
 * branches carrying the sums of all the unit's leaves below them: a filter or a search narrows the
 * rows, never a criterion's total.
 */
final class WorkspaceTree {
  private final Map<String, FrameworkNode> nodes = new HashMap<>();
  private final List<WorkspaceLeaf> all;
  private final TreeNode<WorkspaceRow> root = new DefaultTreeNode<>(null, null);
  private final Map<String, TreeNode<WorkspaceRow>> placed = new HashMap<>();

  private WorkspaceTree(Workspace workspace) {
    workspace.campaign().getFramework().getNodes().forEach(n -> nodes.put(n.getCode(), n));
    this.all = workspace.leaves();
  }

  static TreeNode<WorkspaceRow> of(Workspace workspace, List<WorkspaceLeaf> shown) {
    WorkspaceTree tree = new WorkspaceTree(workspace);
    for (WorkspaceLeaf leaf : shown) {
      TreeNode<WorkspaceRow> parent = tree.branch(NodeCode.parentOf(leaf.getCode()));
      new DefaultTreeNode<>(WorkspaceRow.leaf(leaf), parent).setExpanded(true);
    }
    return tree.root;
  }

  private TreeNode<WorkspaceRow> branch(String code) {
    if (code == null) {
      return root;
    }
    TreeNode<WorkspaceRow> existing = placed.get(code);
    if (existing != null) {
      return existing;
    }
    TreeNode<WorkspaceRow> parent = branch(NodeCode.parentOf(code));
    List<WorkspaceLeaf> below =
        all.stream().filter(l -> NodeCode.isWithin(l.getCode(), code)).toList();
    TreeNode<WorkspaceRow> node =
        new DefaultTreeNode<>(WorkspaceRow.branch(nodes.get(code), below), parent);
    node.setExpanded(true);
    placed.put(code, node);
    return node;
  }
}
