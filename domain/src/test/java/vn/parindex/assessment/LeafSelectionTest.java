package vn.parindex.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.parindex.framework.SmallFrameworks.node;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.LeafSelection.Filter;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.framework.Framework;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.SmallFrameworks;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitKind;
import vn.parindex.shared.Text;

/** What the workspace shows of a unit's leaves: a field, a filter, a search in every field. */
class LeafSelectionTest {
  private static final OrganisationUnit UNIT =
      new OrganisationUnit("STP", "Sở Tư pháp", null, UnitKind.DEPARTMENT);

  /** 1.1 scored, 1.2 not; 2.1 scored and at risk; 2.10 returned unscored; 10.1 not scored. */
  private static List<WorkspaceLeaf> leaves() {
    Framework framework =
        SmallFrameworks.of(
            List.of(
                node("1", null, "Công tác chỉ đạo", false),
                node("1.1", "1", "Ban hành kế hoạch CCHC", true),
                node("1.2", "1", "Mức độ hoàn thành kế hoạch", true),
                node("2", null, "Thủ tục hành chính", false),
                node("2.1", "2", "Mức độ hài lòng của người dân", true),
                node("2.10", "2", "Công khai thủ tục", true),
                node("10", null, "Chuyển đổi số", false),
                node("10.1", "10", "Đường truyền", true)));
    Campaign campaign =
        new Campaign(
            "Chỉ số 2024",
            2024,
            framework,
            CampaignKind.INTERNAL,
            null,
            List.of(UNIT),
            Instant.EPOCH);
    return framework.getNodes().stream()
        .filter(FrameworkNode::isLeaf)
        .map(n -> leaf(campaign, n))
        .toList();
  }

  private static WorkspaceLeaf leaf(Campaign campaign, FrameworkNode node) {
    LeafScore score = new LeafScore(campaign, UNIT, node.getCode());
    String code = node.getCode();
    if (code.equals("1.1") || code.equals("2.1")) {
      score.score(new SelfScoring.Outcome(null, null, null, BigDecimal.ONE, null), null);
    }
    if (code.equals("2.1")) {
      score.flag(true, "Chưa khảo sát", "Khảo sát quý IV", "Phòng CCHC", null);
    }
    if (code.equals("2.10")) {
      score.sendBack("Thiếu tài liệu");
    }
    LeafResolver.Leaf resolved =
        new LeafResolver.Leaf(campaign, UNIT, node, "STP", List.of(), UNIT);
    return new WorkspaceLeaf(resolved, score, code.equals("1.1") ? 1 : 0, null);
  }

  private static List<String> codes(LeafSelection selection) {
    return selection.of(leaves()).stream().map(WorkspaceLeaf::getCode).toList();
  }

  @Test
  void oneFieldOrEveryField() {
    assertEquals(List.of("2.1", "2.10"), codes(new LeafSelection("2", Filter.ALL, null)));
    assertEquals(
        List.of("1.1", "1.2", "2.1", "2.10", "10.1"), codes(new LeafSelection(null, null, "")));
  }

  @Test
  void aFilterLooksInEveryField() {
    assertEquals(
        List.of("1.2", "2.10", "10.1"), codes(new LeafSelection("2", Filter.UNSCORED, null)));
    assertEquals(
        List.of("1.2", "2.1", "2.10", "10.1"),
        codes(new LeafSelection("1", Filter.NO_EVIDENCE, null)));
    assertEquals(
        List.of("2.10"),
        codes(new LeafSelection("1", Filter.NO_EVIDENCE, "công khai")),
        "and with a search");
    assertEquals(List.of("2.10"), codes(new LeafSelection(null, Filter.RETURNED, null)));
    assertEquals(List.of("2.1"), codes(new LeafSelection(null, Filter.AT_RISK, null)));
  }

  @Test
  void aCodeFindsItselfAndWhatIsBelowItInAnyField() {
    assertEquals(List.of("2.1"), codes(new LeafSelection("1", null, "2.1")));
    assertEquals(List.of("10.1"), codes(new LeafSelection("1", null, "10")), "not 1.x");
    assertEquals(List.of("2.1", "2.10"), codes(new LeafSelection("1", null, "2.")));
    assertEquals(List.of(), codes(new LeafSelection("1", null, ".".repeat(10_000) + "x")));
  }

  @Test
  void wordsFindNamesWithOrWithoutToneMarks() {
    assertEquals(List.of("2.1"), codes(new LeafSelection("1", null, "hài lòng")));
    assertEquals(List.of("2.1"), codes(new LeafSelection("1", null, "HAI long nguoi dan")));
    assertEquals(List.of("10.1"), codes(new LeafSelection(null, null, "duong truyen")));
    assertEquals(List.of(), codes(new LeafSelection(null, null, "hài lòng doanh nghiệp")));
    assertEquals("dieu hanh", Text.fold(" Điều Hành "));
  }

  @Test
  void theWorkPicksUpAtTheFirstFieldWithALeafNotScored() {
    assertEquals("1", LeafSelection.firstUnfinishedField(leaves()));
    assertEquals(
        "2",
        LeafSelection.firstUnfinishedField(
            leaves().stream().filter(l -> !l.getCode().equals("1.2")).toList()));
    assertEquals(
        "1",
        LeafSelection.firstUnfinishedField(
            leaves().stream().filter(l -> l.getSelfScore() != null).toList()),
        "all scored: the first field");
  }
}
