package vn.parindex.timeliness;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.parindex.assessment.Reminder;
import vn.parindex.assessment.ReminderRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.FocalPair;
import vn.parindex.campaign.Person;
import vn.parindex.evidence.EvidenceRepository;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.plan.PlanRepository;
import vn.parindex.reorganisation.Lineage;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.shared.ForbiddenException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.survey.Participation;
import vn.parindex.survey.ParticipationRepository;

/**
 * Each unit's record of timeliness in a year, across every campaign and plan of the year: what Sở
 * Nội vụ follows, reports to the People's Committee and counts in the unit's evaluation, as the
 * founding dispatch asks.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class TimelinessRecord {
  @Inject TimelinessRepository repository;
  @Inject ReminderRepository reminders;
  @Inject EvidenceRepository evidence;
  @Inject CampaignService campaignService;
  @Inject UnitHistory history;
  @Inject UnitRepository units;
  @Inject ParticipationRepository survey;
  @Inject PlanRepository plans;
  @Inject Clock clock;

  /**
   * A unit's line in the year's table.
   *
   * @param name its name in that year
   * @param leader the leader of its focal pair in the year's last campaign that has one, with title
   */
  public record Row(String unitCode, String name, String leader, Map<LapseKind, Integer> counts) {
    public int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(LapseKind kind) {
      return counts.getOrDefault(kind, 0);
    }
  }

  /**
   * A unit's lapses in a year, its predecessors' among them (each names the unit it happened to).
   *
   * @param predecessors the units it succeeded, directly or not, whose lapses it carries
   */
  public record UnitRecord(
      String unitCode, String name, int year, List<String> predecessors, List<Lapse> lapses) {}

  /** Every unit that owed a campaign of the year work, by code, with its counts. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
  public List<Row> year(int year) {
    Map<String, String> names = history.namesIn(year);
    Map<String, String> leaders = new HashMap<>();
    Map<String, Map<LapseKind, Integer>> counts = new TreeMap<>();
    for (Campaign campaign : repository.openedCampaigns(year)) {
      campaign.responsibleUnitCodes().forEach(u -> counts.computeIfAbsent(u, k -> zero()));
      for (FocalPair pair : campaign.getFocalPairs()) {
        leaders.put(pair.getUnit().getCode(), describe(pair.getLeader()));
      }
      for (Lapse lapse : lapsesOf(campaign)) {
        counts.computeIfAbsent(lapse.unitCode(), k -> zero()).merge(lapse.kind(), 1, Integer::sum);
      }
    }
    for (Lapse lapse : planLapses(year)) {
      counts.computeIfAbsent(lapse.unitCode(), k -> zero()).merge(lapse.kind(), 1, Integer::sum);
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach(
        (code, c) -> rows.add(new Row(code, names.getOrDefault(code, code), leaders.get(code), c)));
    return rows;
  }

  /** A unit's record: a unit's own people see their unit's, Sở Nội vụ and viewers every one. */
  public UnitRecord unit(String code, int year) {
    CampaignAccess.Caller caller = campaignService.caller();
    if (!caller.seesEverything() && !code.equals(caller.unitCode())) {
      throw new ForbiddenException();
    }
    units.findByCode(code).orElseThrow(() -> new NotFoundException("unit.notFound", code));
    Lineage lineage = history.lineage();
    return new UnitRecord(
        code,
        history.namesIn(year).getOrDefault(code, code),
        year,
        predecessors(lineage, code),
        answeredBy(lineage, code, lapses(year, -1)));
  }

  /**
   * Every lapse of the year's campaigns but {@code exceptCampaignId}: a campaign counts the rest of
   * the year, its own timeliness being judged by its own criteria.
   */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
  public List<Lapse> lapses(int year, long exceptCampaignId) {
    List<Lapse> lapses = new ArrayList<>();
    for (Campaign campaign : repository.openedCampaigns(year)) {
      if (campaign.getId() != exceptCampaignId) {
        lapses.addAll(lapsesOf(campaign));
      }
    }
    lapses.addAll(planLapses(year));
    return lapses;
  }

  /** Of {@code lapses}, those {@code code} answers for: its own and its predecessors'. */
  static List<Lapse> answeredBy(Lineage lineage, String code, List<Lapse> lapses) {
    Set<String> carried = new LinkedHashSet<>(predecessors(lineage, code));
    carried.add(code);
    return lapses.stream().filter(l -> carried.contains(l.unitCode())).toList();
  }

  /** The units {@code code} succeeded, however many steps back. */
  static List<String> predecessors(Lineage lineage, String code) {
    Set<String> found = new LinkedHashSet<>();
    Deque<String> next = new ArrayDeque<>(lineage.predecessorsOf(code));
    while (!next.isEmpty()) {
      String unit = next.pop();
      if (!unit.equals(code) && found.add(unit)) {
        next.addAll(lineage.predecessorsOf(unit));
      }
    }
    return List.copyOf(found);
  }

  /** The tasks of the year's plans their lead units did late or have let run overdue. */
  private List<Lapse> planLapses(int year) {
    return Lapses.ofPlanTasks(plans.tasksOfYear(year), today());
  }

  /** What the campaign's records and its survey say its units let slip. */
  private List<Lapse> lapsesOf(Campaign campaign) {
    List<Lapse> lapses = new ArrayList<>(Lapses.of(facts(campaign), today()));
    long id = campaign.getId();
    lapses.addAll(
        Lapses.ofSurvey(
            id,
            campaign.getName(),
            Participation.of(survey.round(id).orElse(null), survey.respondents(id), today())));
    return lapses;
  }

  private CampaignFacts facts(Campaign campaign) {
    long id = campaign.getId();
    Map<String, Instant> nominated = new HashMap<>();
    campaign.getFocalPairs().forEach(p -> nominated.put(p.getUnit().getCode(), p.getNominatedAt()));
    List<CampaignFacts.Event> delivered =
        reminders.reminders(id).stream()
            .filter(Reminder::isDelivered)
            .map(r -> new CampaignFacts.Event(r.getUnitCode(), r.getSentAt(), null))
            .toList();
    List<CampaignFacts.Request> requests =
        evidence.requests(id).stream()
            .map(
                r ->
                    new CampaignFacts.Request(
                        r.getToUnit().getCode(), r.getDue(), r.getDoneAt(), r.getNodeCode()))
            .toList();
    return new CampaignFacts(
        id,
        campaign.getName(),
        campaign.getPhases().getNominationDue(),
        campaign.getPhases().getSelfAssessmentCloses(),
        campaign.responsibleUnitCodes(),
        nominated,
        repository.firstSent(id),
        repository.returns(id),
        delivered,
        requests);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static Map<LapseKind, Integer> zero() {
    return new EnumMap<>(LapseKind.class);
  }

  private static String describe(Person leader) {
    if (leader == null || leader.getFullName() == null) {
      return null;
    }
    return leader.getTitle() == null || leader.getTitle().isBlank()
        ? leader.getFullName()
        : leader.getFullName() + " (" + leader.getTitle() + ")";
  }
}
