package vn.parindex.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.shared.PageRequest;
import vn.parindex.shared.Text;

/**
 * The rows of a campaign's long table that fall on one page. The consolidation and the appraisal
 * sheet list each subject's criteria, subject by subject in the framework's order; a search keeps
 * the rows whose subject (code, name) and criterion (code, name) together hold every typed word, so
 * that "STP 1.2" finds Sở Tư pháp's 1.2 and "hai long" every subject's satisfaction criteria.
 * Worked out from the campaign's structure, which is in memory already: only the page's own rows
 * are then read from the database, 25 of 300,000 at the nation's scale.
 */
public final class GridPage {
  private final Map<String, Set<String>> rows;
  private final List<OrganisationUnit> subjects;
  private final List<FrameworkNode> nodes;
  private final int total;

  private GridPage(
      Map<String, Set<String>> rows,
      List<OrganisationUnit> subjects,
      List<FrameworkNode> nodes,
      int total) {
    this.rows = rows;
    this.subjects = subjects;
    this.nodes = nodes;
    this.total = total;
  }

  /**
   * The page {@code request} asks for of the rows (subject, node) for which {@code shown} holds,
   * {@code nodes} in the framework's order.
   */
  public static GridPage of(
      List<OrganisationUnit> subjects,
      List<FrameworkNode> nodes,
      BiPredicate<OrganisationUnit, FrameworkNode> shown,
      PageRequest request) {
    Words words = new Words(request.foldedWords());
    Map<String, Integer> nodeMasks = new HashMap<>();
    nodes.forEach(n -> nodeMasks.put(n.getCode(), words.found(n.getCode() + " " + n.getNameVi())));
    int from = request.first();
    int to = from + request.size();
    int total = 0;
    Map<String, Set<String>> onPage = new LinkedHashMap<>();
    List<OrganisationUnit> pageSubjects = new ArrayList<>();
    for (OrganisationUnit subject : subjects) {
      int subjectMask = words.found(subject.getCode() + " " + subject.getNameVi());
      for (FrameworkNode node : nodes) {
        if (!words.all(subjectMask | nodeMasks.get(node.getCode())) || !shown.test(subject, node)) {
          continue;
        }
        if (total >= from && total < to) {
          if (!onPage.containsKey(subject.getCode())) {
            pageSubjects.add(subject);
          }
          onPage.computeIfAbsent(subject.getCode(), k -> new HashSet<>()).add(node.getCode());
        }
        total++;
      }
    }
    Set<String> pageNodes = new HashSet<>();
    onPage.values().forEach(pageNodes::addAll);
    List<FrameworkNode> ordered =
        nodes.stream().filter(n -> pageNodes.contains(n.getCode())).toList();
    return new GridPage(onPage, List.copyOf(pageSubjects), ordered, total);
  }

  /** The subjects with a row on the page, in the table's order. */
  public List<OrganisationUnit> subjects() {
    return subjects;
  }

  /** The nodes with a row on the page, in the framework's order. */
  public List<FrameworkNode> nodes() {
    return nodes;
  }

  /** Whether the row of this subject and node is on the page. */
  public boolean holds(String subjectCode, String nodeCode) {
    Set<String> codes = rows.get(subjectCode);
    return codes != null && codes.contains(nodeCode);
  }

  /** How many rows all pages hold. */
  public int total() {
    return total;
  }

  /** The typed words, each a bit: a row is kept when its texts together set them all. */
  private record Words(List<String> folded) {
    int found(String text) {
      if (folded.isEmpty()) {
        // No search: nothing to fold, on a loop over every subject and criterion of the campaign.
        return 0;
      }
      String haystack = Text.fold(text);
      int mask = 0;
      for (int i = 0; i < folded.size(); i++) {
        if (haystack.contains(folded.get(i))) {
          mask |= 1 << i;
        }
      }
      return mask;
    }

    boolean all(int mask) {
      return mask == (1 << folded.size()) - 1;
    }
  }
}
