package vn.parindex.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.parindex.framework.SmallFrameworks.scoredBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.framework.Framework;
import vn.parindex.framework.Method;
import vn.parindex.framework.SmallFrameworks;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitKind;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.shared.PageRequest;
import vn.parindex.shared.ResultPage;

/** Resolving every leaf of a campaign at once: the same leaves as one by one, fewer lookups. */
class LeafResolverTest {
  private static final List<OrganisationUnit> UNITS =
      List.of(
          new OrganisationUnit("STP", "Sở Tư pháp", null, UnitKind.DEPARTMENT),
          new OrganisationUnit("SYT", "Sở Y tế", null, UnitKind.DEPARTMENT),
          new OrganisationUnit("SXD", "Sở Xây dựng", null, UnitKind.DEPARTMENT));

  /** Counts the lookups a resolution makes. */
  private static final class CountingUnits implements UnitRepository {
    private final List<String> asked = new ArrayList<>();

    @Override
    public Optional<OrganisationUnit> findByCode(String code) {
      asked.add(code);
      return UNITS.stream().filter(u -> u.getCode().equals(code)).findFirst();
    }

    @Override
    public List<OrganisationUnit> findAll() {
      return UNITS;
    }

    @Override
    public List<OrganisationUnit> activeOfKind(UnitKind kind) {
      return UNITS.stream().filter(u -> u.isActive() && u.getKind() == kind).toList();
    }

    @Override
    public ResultPage<OrganisationUnit> page(PageRequest request, boolean withRetired) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<OrganisationUnit> withoutSearchText() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(OrganisationUnit unit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeIfUnused(OrganisationUnit unit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count() {
      return UNITS.size();
    }
  }

  private static Campaign campaign() {
    Framework framework =
        SmallFrameworks.of(
            List.of(
                scoredBy("1", null, Method.SELF, false),
                scoredBy("1.1", "1", Method.SELF, true),
                scoredBy("1.2", "1", Method.SELF, true),
                scoredBy("2", null, Method.SELF, false),
                scoredBy("2.1", "2", Method.SURVEY, true),
                scoredBy("2.2", "2", Method.SELF, true),
                scoredBy("2.3", "2", Method.SELF, true)));
    return new Campaign(
        "Chỉ số CCHC các sở 2024",
        2024,
        framework,
        CampaignKind.INTERNAL,
        null,
        UNITS,
        Instant.EPOCH);
  }

  @Test
  void everySelfLeafOfEverySubjectWithoutLookingUpItsSubjects() {
    LeafResolver resolver = new LeafResolver();
    CountingUnits units = new CountingUnits();
    resolver.units = units;
    Campaign campaign = campaign();

    List<LeafResolver.Leaf> all = resolver.all(campaign);

    assertEquals(12, all.size(), "three units × four self-scored leaves, the survey leaf left out");
    assertEquals(
        List.of("STP/1.1", "STP/1.2", "STP/2.2", "STP/2.3", "SXD/1.1"),
        all.subList(0, 5).stream()
            .map(l -> l.subject().getCode() + "/" + l.node().getCode())
            .toList());
    // In an internal campaign each subject is responsible for its own leaves: the campaign holds
    // them already, so none is looked up again (a lookup per unit was the consolidation's N+1).
    assertEquals(List.of(), units.asked, "no lookup of the campaign's own subjects");
    for (LeafResolver.Leaf leaf : all) {
      LeafResolver.Leaf alone =
          resolver.resolve(
              campaign, campaign.assignments(), leaf.subject().getCode(), leaf.node().getCode());
      assertEquals(alone.responsible(), leaf.responsible(), "an internal unit answers for itself");
      assertEquals(alone.leadUnitCode(), leaf.leadUnitCode());
    }
  }
}
