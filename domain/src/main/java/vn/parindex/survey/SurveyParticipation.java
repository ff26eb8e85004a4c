package vn.parindex.survey;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.parindex.account.Account;
import vn.parindex.account.AccountRepository;
import vn.parindex.account.Role;
import vn.parindex.assessment.Reminder;
import vn.parindex.assessment.Reminders;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.CampaignService;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.shared.Clocks;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.ForbiddenException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Violation;
import vn.parindex.shared.adapter.TableFile;

/**
 * The leaders' survey of a campaign as Sở Nội vụ runs it with the units: the list of who must
 * answer (imported, or the units' leader accounts), each unit's quota and the deadline, who has
 * answered (entered, or imported from the Ministry's software's export), and reminders to the units
 * below their quota. A unit's people see their own unit's part, Sở Nội vụ and viewers all of it.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class SurveyParticipation {
  private static final Logger LOG = Logger.getLogger(SurveyParticipation.class.getName());

  @Inject CampaignRepository campaigns;
  @Inject ParticipationRepository repository;
  @Inject UnitRepository units;
  @Inject AccountRepository accounts;
  @Inject CampaignService campaignService;
  @Inject UnitHistory history;
  @Inject Reminders reminders;
  @Inject Clock clock;
  @Resource SessionContext session;

  /** A unit's line with its name in the campaign's year. */
  public record UnitLine(String name, Participation.Line line) {}

  /**
   * What the caller may see of a campaign's survey.
   *
   * @param version the round's version, 0 before anything was planned
   * @param totals the province's, or the caller's unit's alone
   */
  public record View(
      long campaignId,
      String campaignName,
      LocalDate deadline,
      long version,
      List<UnitLine> units,
      Participation.Totals totals,
      List<SurveyRespondent> respondents) {}

  /** How many people the list added and how many it changed. */
  public record Imported(int added, int updated) {}

  public View view(long campaignId) {
    Campaign campaign = campaign(campaignId);
    CampaignAccess.Caller caller = campaignService.caller();
    if (!caller.seesEverything() && !caller.worksForUnit()) {
      throw new ForbiddenException();
    }
    Map<String, String> names = history.namesIn(campaign.getYear());
    SurveyRound round = repository.round(campaignId).orElse(null);
    List<SurveyRespondent> people =
        repository.respondents(campaignId).stream()
            .filter(r -> caller.seesEverything() || r.getUnit().getCode().equals(caller.unitCode()))
            .toList();
    List<Participation.Line> lines =
        lines(round, people).stream()
            .filter(l -> caller.seesEverything() || l.unitCode().equals(caller.unitCode()))
            .toList();
    return new View(
        campaignId,
        campaign.getName(),
        round == null ? null : round.getDeadline(),
        round == null ? 0 : round.getVersion(),
        lines.stream()
            .map(l -> new UnitLine(names.getOrDefault(l.unitCode(), l.unitCode()), l))
            .toList(),
        Participation.Totals.of(lines),
        people);
  }

  /** Every unit's line, by unit code, for the campaign's progress report. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
  public Map<String, Participation.Line> byUnit(long campaignId) {
    campaign(campaignId);
    Map<String, Participation.Line> lines = new HashMap<>();
    lines(repository.round(campaignId).orElse(null), repository.respondents(campaignId))
        .forEach(l -> lines.put(l.unitCode(), l));
    return lines;
  }

  /** Adds and updates people from a list or the Ministry's export; all rows or none. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public Imported importTable(long campaignId, byte[] content) {
    Campaign campaign = campaign(campaignId);
    repository.lockLists(campaignId);
    Map<String, OrganisationUnit> byCode =
        units.findAll().stream().collect(Collectors.toMap(OrganisationUnit::getCode, u -> u));
    List<SurveyRespondent> people = repository.respondents(campaignId);
    Map<Long, SurveyRespondent> byId = new HashMap<>();
    List<RespondentTable.Known> known = new ArrayList<>();
    for (SurveyRespondent r : people) {
      byId.put(r.getId(), r);
      known.add(
          new RespondentTable.Known(
              r.getId(), r.getUnit().getCode(), r.getFullName(), r.getCode()));
    }
    List<RespondentTable.Row> rows =
        RespondentTable.parse(TableFile.records(content), byCode.keySet(), known, today());
    String by = username();
    Instant at = clock.instant();
    int added = 0;
    for (RespondentTable.Row row : rows) {
      SurveyRespondent person = row.known() == null ? null : byId.get(row.known());
      if (person == null) {
        person = new SurveyRespondent(campaign, byCode.get(row.unitCode()), row.fullName(), null);
        repository.add(person);
        added++;
      }
      person.describe(row.fullName(), row.position(), row.code());
      LocalDate day = row.answeredOn() != null ? row.answeredOn() : kept(person, today());
      person.mark(row.status(), day, by, at);
    }
    Imported result = new Imported(added, rows.size() - added);
    LOG.info(() -> "Survey list of campaign " + campaign.getName() + " loaded: " + result);
    return result;
  }

  /**
   * Lists the leader accounts of the units that answer for the campaign, each once: the people a
   * province asks first. Gives how many were added.
   */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public int inviteLeaders(long campaignId) {
    Campaign campaign = campaign(campaignId);
    repository.lockLists(campaignId);
    Set<String> unitCodes = campaign.responsibleUnitCodes();
    Set<String> listed =
        repository.respondents(campaignId).stream()
            .map(SurveyRespondent::getUsername)
            .filter(u -> u != null)
            .collect(Collectors.toSet());
    int added = 0;
    for (Account a : accounts.findAll()) {
      if (a.isEnabled()
          && a.getRoles().contains(Role.UNIT_LEADER)
          && a.getUnit() != null
          && unitCodes.contains(a.getUnit().getCode())
          && !listed.contains(a.getUsername())) {
        SurveyRespondent person =
            new SurveyRespondent(campaign, a.getUnit(), a.getFullName(), a.getUsername());
        person.mark(RespondentStatus.INVITED, null, username(), clock.instant());
        repository.add(person);
        added++;
      }
    }
    return added;
  }

  /**
   * Sets the deadline and the quotas: a unit left out counts everyone on its list.
   *
   * @param version the round's version the caller saw (0 before any)
   */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public SurveyRound plan(
      long campaignId, LocalDate deadline, Map<String, Integer> quotas, long version) {
    Campaign campaign = campaign(campaignId);
    List<Violation> problems = new ArrayList<>();
    Set<String> known =
        units.findAll().stream().map(OrganisationUnit::getCode).collect(Collectors.toSet());
    quotas.forEach(
        (unit, quota) -> {
          if (!known.contains(unit)) {
            problems.add(Violation.ofField("quotas." + unit, "survey.quota.unit", unit));
          } else if (quota == null || quota < 0 || quota > SurveyRound.MAX_QUOTA) {
            problems.add(
                Violation.ofField("quotas." + unit, "survey.quota.range", SurveyRound.MAX_QUOTA));
          }
        });
    if (deadline != null
        && deadline.getYear() != campaign.getYear()
        && deadline.getYear() != campaign.getYear() + 1) {
      problems.add(Violation.ofField("deadline", "survey.deadline.year", campaign.getYear()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    SurveyRound round = repository.round(campaignId).orElse(null);
    if (round == null ? version != 0 : round.getVersion() != version) {
      throw new ConflictException("error.stale");
    }
    if (round == null) {
      round = new SurveyRound(campaignId);
      repository.add(round);
    }
    round.plan(deadline, quotas);
    return round;
  }

  /** Enters a person's answer (on a day, today if none) or takes it back. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public SurveyRespondent mark(
      long campaignId, long respondentId, RespondentStatus status, LocalDate on, long version) {
    campaign(campaignId);
    SurveyRespondent person = person(campaignId, respondentId, version);
    LocalDate day = on == null ? today() : on;
    if (day.isAfter(today())) {
      throw InvalidInputException.of(Violation.ofField("answeredOn", "survey.answeredOn.future"));
    }
    person.mark(status, day, username(), clock.instant());
    return person;
  }

  /** Takes a person listed by mistake off the list, as read at {@code version}. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public void remove(long campaignId, long respondentId, long version) {
    campaign(campaignId);
    repository.lockLists(campaignId);
    repository.remove(person(campaignId, respondentId, version));
  }

  /** Reminds each unit below its quota, by e-mail to its focal pair and its people. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public List<Reminder> remind(long campaignId) {
    Campaign campaign = campaign(campaignId);
    SurveyRound round = repository.round(campaignId).orElse(null);
    Map<String, String> names = history.namesIn(campaign.getYear());
    List<Reminders.Shortfall> below =
        lines(round, repository.respondents(campaignId)).stream()
            .filter(l -> !l.met())
            .map(
                l ->
                    new Reminders.Shortfall(
                        l.unitCode(),
                        names.getOrDefault(l.unitCode(), l.unitCode()),
                        l.answered(),
                        l.quota(),
                        round == null ? null : round.getDeadline()))
            .toList();
    return reminders.remindSurvey(campaign, below, username());
  }

  private List<Participation.Line> lines(SurveyRound round, List<SurveyRespondent> people) {
    return Participation.of(round, people, today());
  }

  /** A person of the campaign as the caller read it: 404 for another campaign's, 409 when stale. */
  private SurveyRespondent person(long campaignId, long respondentId, long version) {
    SurveyRespondent person =
        repository
            .respondent(campaignId, respondentId)
            .orElseThrow(() -> new NotFoundException("survey.respondent.notFound", respondentId));
    if (person.getVersion() != version) {
      throw new ConflictException("error.stale");
    }
    return person;
  }

  /** The day an answer imported without one keeps: the one it had, else today. */
  private static LocalDate kept(SurveyRespondent person, LocalDate today) {
    return person.getAnsweredOn() != null ? person.getAnsweredOn() : today;
  }

  private Campaign campaign(long id) {
    return campaigns
        .find(id)
        .orElseThrow(() -> new NotFoundException("campaign.notFound", String.valueOf(id)));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Clocks.VIETNAM));
  }

  private String username() {
    return session.getCallerPrincipal().getName();
  }
}
