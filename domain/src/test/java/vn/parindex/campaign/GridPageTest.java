package vn.parindex.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.framework.SmallFrameworks.node;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.SmallFrameworks;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitKind;
import vn.parindex.shared.PageRequest;

/** Which rows of the consolidation or the appraisal sheet fall on a page, searched or not. */
class GridPageTest {
  private static final List<OrganisationUnit> SUBJECTS =
      List.of(
          new OrganisationUnit("STP", "Sở Tư pháp", null, UnitKind.DEPARTMENT),
          new OrganisationUnit("SYT", "Sở Y tế", null, UnitKind.DEPARTMENT),
          new OrganisationUnit("SXD", "Sở Xây dựng", null, UnitKind.DEPARTMENT));

  private static final List<FrameworkNode> LEAVES = leaves();

  private static List<FrameworkNode> leaves() {
    return SmallFrameworks.of(
            List.of(
                node("1", null, "Công tác chỉ đạo", false),
                node("1.1", "1", "Ban hành kế hoạch CCHC", true),
                node("1.2", "1", "Mức độ hài lòng của người dân", true),
                node("2", null, "Thủ tục hành chính", false),
                node("2.1", "2", "Công khai thủ tục", true)))
        .getNodes()
        .stream()
        .filter(FrameworkNode::isLeaf)
        .toList();
  }

  private static GridPage page(int first, int size, String words) {
    return GridPage.of(
        SUBJECTS, LEAVES, (s, n) -> true, new PageRequest(first, size, words, null, false));
  }

  @Test
  void aPageCutsThroughSubjectsInTheTablesOrder() {
    GridPage page = page(2, 3, null);

    assertEquals(9, page.total());
    assertEquals(List.of("STP", "SYT"), page.subjects().stream().map(u -> u.getCode()).toList());
    assertTrue(page.holds("STP", "2.1"));
    assertTrue(page.holds("SYT", "1.1") && page.holds("SYT", "1.2"));
    assertFalse(page.holds("STP", "1.2"), "row 2 is on the page before");
    assertFalse(page.holds("SYT", "2.1"), "row 6 is on the next page");
    assertEquals(
        List.of("1.1", "1.2", "2.1"),
        page.nodes().stream().map(FrameworkNode::getCode).toList(),
        "the nodes to read, in the framework's order");
  }

  @Test
  void wordsMayBeFoundInTheSubjectAndTheCriterionTogetherWithoutToneMarks() {
    GridPage page = page(0, 25, "tu phap hai long");

    assertEquals(1, page.total());
    assertTrue(page.holds("STP", "1.2"));
  }

  @Test
  void aCodeFindsItsRowsInEverySubject() {
    GridPage page = page(0, 25, "2.1");

    assertEquals(3, page.total());
    assertEquals(
        List.of("STP", "SYT", "SXD"), page.subjects().stream().map(u -> u.getCode()).toList());
  }

  @Test
  void aCampaignOfAHundredUnitsPagesToItsLastRow() {
    List<OrganisationUnit> communes =
        IntStream.rangeClosed(1, 100)
            .mapToObj(
                i ->
                    new OrganisationUnit(
                        String.format("XA%03d", i), "Xã số " + i, null, UnitKind.COMMUNE))
            .toList();
    GridPage last =
        GridPage.of(
            communes, LEAVES, (s, n) -> true, new PageRequest(3 * 100 - 25, 25, null, null, false));

    assertEquals(300, last.total());
    assertEquals(
        List.of("XA092", "XA093", "XA094", "XA095", "XA096", "XA097", "XA098", "XA099", "XA100"),
        last.subjects().stream().map(OrganisationUnit::getCode).toList());
    assertFalse(last.holds("XA092", "1.1"), "row 274 belongs to the page before");
    assertTrue(last.holds("XA092", "2.1") && last.holds("XA100", "2.1"));

    GridPage one =
        GridPage.of(communes, LEAVES, (s, n) -> true, new PageRequest(0, 25, "xa057", null, false));
    assertEquals(3, one.total(), "a unit's code finds its criteria only");
  }

  @Test
  void whatIsNotShownIsNotCountedAndAPagePastTheEndIsEmpty() {
    GridPage lead =
        GridPage.of(
            SUBJECTS,
            LEAVES,
            (s, n) -> n.getCode().startsWith("1."),
            new PageRequest(0, 25, null, null, false));
    assertEquals(6, lead.total());

    GridPage past = page(30, 25, null);
    assertEquals(9, past.total());
    assertTrue(past.subjects().isEmpty() && past.nodes().isEmpty());

    assertEquals(0, page(0, 25, "không có từ này").total());
  }
}
