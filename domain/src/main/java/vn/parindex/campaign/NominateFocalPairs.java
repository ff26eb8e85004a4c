package vn.parindex.campaign;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.parindex.account.AccountService;
import vn.parindex.account.IssuedAccount;
import vn.parindex.account.Role;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Violation;

/**
 * The focal pairs of a campaign: each unit that owes it work names a leader and an officer, who get
 * the unit's accounts; Sở Nội vụ sees who has named its pair and who is late.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class NominateFocalPairs {
  @Inject CampaignRepository campaigns;
  @Inject UnitRepository units;
  @Inject AccountService accountService;
  @Inject Clock clock;

  /**
   * Records a unit's focal pair and gives both people accounts of the unit (UNIT_LEADER and
   * UNIT_OFFICER), opened or updated, with one-time passwords to hand over.
   */
  public IssuedNomination nominate(long id, String unitCode, Nomination nomination) {
    Campaign campaign = load(id);
    OrganisationUnit unit =
        nominatingUnits(campaign).stream()
            .filter(u -> u.getCode().equals(unitCode))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("campaign.nominee.unknown", unitCode));
    List<Violation> problems = new ArrayList<>();
    checkPerson(nomination.leader(), "leader", problems);
    checkPerson(nomination.officer(), "officer", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String base = unitCode.toLowerCase(Locale.ROOT).replace('_', '-');
    IssuedAccount leader =
        accountService.issueForNomination(
            base + ".lanhdao",
            nomination.leader().getFullName(),
            nomination.leader().getEmail(),
            unit,
            Role.UNIT_LEADER);
    IssuedAccount officer =
        accountService.issueForNomination(
            base + ".daumoi",
            nomination.officer().getFullName(),
            nomination.officer().getEmail(),
            unit,
            Role.UNIT_OFFICER);
    FocalPair pair = campaign.focalPairFor(unit);
    pair.nominate(
        nomination.leader(),
        nomination.officer(),
        leader.account().getUsername(),
        officer.account().getUsername(),
        clock.instant());
    return new IssuedNomination(pair, leader.oneTimePassword(), officer.oneTimePassword());
  }

  /** Every unit that must nominate, with its pair or its delay. */
  @RolesAllowed(Roles.USER)
  public List<FocalPairStatus> focalPairs(long id) {
    Campaign campaign = load(id);
    LocalDate today = LocalDate.now(clock);
    LocalDate due = campaign.getPhases().getNominationDue();
    return nominatingUnits(campaign).stream()
        .map(
            u -> {
              FocalPair pair = campaign.focalPair(u.getCode()).orElse(null);
              return new FocalPairStatus(
                  u, pair, pair == null && due != null && today.isAfter(due));
            })
        .toList();
  }

  /** Lead units (PROVINCIAL) or subjects (INTERNAL), in code order. */
  private List<OrganisationUnit> nominatingUnits(Campaign campaign) {
    if (campaign.getKind() == CampaignKind.INTERNAL) {
      return campaign.getSubjects();
    }
    Set<String> leads = campaign.responsibleUnitCodes();
    return units.findAll().stream()
        .filter(u -> leads.contains(u.getCode()))
        .sorted(Comparator.comparing(OrganisationUnit::getCode))
        .toList();
  }

  private static void checkPerson(Person person, String field, List<Violation> problems) {
    if (person == null || person.getFullName() == null) {
      problems.add(Violation.ofField(field + ".fullName", "account.fullName.required"));
    }
  }

  private Campaign load(long id) {
    return campaigns
        .find(id)
        .orElseThrow(() -> new NotFoundException("campaign.notFound", String.valueOf(id)));
  }
}
