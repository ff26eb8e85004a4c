package vn.parindex.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.parindex.account.Account;
import vn.parindex.account.AccountRepository;
import vn.parindex.account.Role;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.Person;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.shared.Clocks;
import vn.parindex.shared.Letter;
import vn.parindex.shared.Mailer;
import vn.parindex.shared.NotFoundException;

/**
 * Reminds the units of a campaign that are behind ({@link ReminderRules}) by e-mail to their focal
 * pair and to the officers and leaders of their accounts, and keeps each reminder, sent or not,
 * with the reason it did not go out.
 */
@ApplicationScoped
public class Reminders {

  @Inject CampaignRepository campaigns;
  @Inject CampaignLeaves table;
  @Inject ReminderRepository reminders;
  @Inject AccountRepository accounts;
  @Inject UnitRepository units;
  @Inject Mailer mailer;
  @Inject Clock clock;

  /**
   * In the caller's transaction, or in one of its own (the daily run, campaign by campaign).
   *
   * @param by who reminds: the coordinator's username, or {@link Reminder#DAILY}
   * @param oncePerDay leave out units already reminded today (the daily run)
   * @return the reminders made, one per unit behind
   */
  @Transactional
  public List<Reminder> remind(long campaignId, String by, boolean oncePerDay) {
    Campaign campaign =
        campaigns
            .find(campaignId)
            .orElseThrow(
                () -> new NotFoundException("campaign.notFound", String.valueOf(campaignId)));
    LocalDate today = LocalDate.now(clock.withZone(Clocks.VIETNAM));
    Set<String> remindedToday =
        oncePerDay
            ? reminders.reminders(campaign.getId()).stream()
                .filter(r -> r.getSentAt().atZone(Clocks.VIETNAM).toLocalDate().equals(today))
                .map(Reminder::getUnitCode)
                .collect(Collectors.toSet())
            : Set.of();
    List<Account> everyone = accounts.findAll();
    Map<String, String> named = namesToday();
    List<Reminder> made = new ArrayList<>();
    for (ProgressRow unit : table.progress(campaign)) {
      Set<ReminderReason> reasons =
          ReminderRules.reasons(unit, campaign.getPhases(), campaign.getStatus(), today);
      if (reasons.isEmpty() || remindedToday.contains(unit.unitCode())) {
        continue;
      }
      Map<String, String> languages = recipients(campaign, unit.unitCode(), everyone);
      List<String> to = List.copyOf(languages.keySet());
      Reminder reminder = new Reminder(campaign, unit.unitCode(), reasons, to, clock.instant(), by);
      deliver(
          reminder,
          languages,
          ReminderLetter.of(
              campaign.getName(),
              named.getOrDefault(unit.unitCode(), unit.unitName()),
              unit,
              reasons,
              campaign.getPhases(),
              today));
      reminders.add(reminder);
      made.add(reminder);
    }
    return made;
  }

  /**
   * A unit below its survey quota.
   *
   * @param deadline the day answers are due, or none set
   */
  public record Shortfall(
      String unitCode, String unitName, int answered, int quota, LocalDate deadline) {}

  /** Reminds each unit of {@code below} of its survey quota, in the caller's transaction. */
  @Transactional
  public List<Reminder> remindSurvey(Campaign campaign, List<Shortfall> below, String by) {
    LocalDate today = LocalDate.now(clock.withZone(Clocks.VIETNAM));
    List<Account> everyone = accounts.findAll();
    Map<String, String> named = namesToday();
    List<Reminder> made = new ArrayList<>();
    for (Shortfall unit : below) {
      Map<String, String> languages = recipients(campaign, unit.unitCode(), everyone);
      Reminder reminder =
          new Reminder(
              campaign,
              unit.unitCode(),
              Set.of(ReminderReason.SURVEY),
              List.copyOf(languages.keySet()),
              clock.instant(),
              by);
      deliver(
          reminder,
          languages,
          ReminderLetter.survey(
              campaign.getName(),
              named.getOrDefault(unit.unitCode(), unit.unitName()),
              unit,
              today));
      reminders.add(reminder);
      made.add(reminder);
    }
    return made;
  }

  /** Each unit's name today, by code: the name a letter sent today greets it by. */
  private Map<String, String> namesToday() {
    return units.findAll().stream()
        .collect(Collectors.toMap(OrganisationUnit::getCode, OrganisationUnit::getNameVi));
  }

  /** Sends the letter, or records why it could not go. */
  private void deliver(Reminder reminder, Map<String, String> languages, Letter letter) {
    String failure = send(languages, letter);
    if (failure == null) {
      reminder.delivered();
    } else {
      reminder.failed(failure);
    }
  }

  /**
   * Sends one mail per language among the recipients (address → language), each in its own.
   *
   * @return null once sent, else why it could not go: no address, no mail server, or the server's
   *     refusal
   */
  public String send(Map<String, String> languages, Letter letter) {
    if (languages.isEmpty()) {
      return Mailer.NO_ADDRESS;
    }
    if (!mailer.configured()) {
      return Mailer.NOT_CONFIGURED;
    }
    Map<String, List<String>> byLanguage = new TreeMap<>();
    languages.forEach(
        (to, language) -> byLanguage.computeIfAbsent(language, l -> new ArrayList<>()).add(to));
    try {
      byLanguage.forEach(
          (language, to) -> mailer.send(to, Locale.forLanguageTag(language), letter));
      return null;
    } catch (Mailer.MailFailure e) {
      return e.getMessage();
    }
  }

  /**
   * The focal pair, then the unit's enabled officers and leaders, each address once, with the
   * language its account reads (Vietnamese for an address no account has).
   */
  private static Map<String, String> recipients(
      Campaign campaign, String unitCode, List<Account> accounts) {
    Map<String, String> to = new TreeMap<>();
    campaign
        .focalPair(unitCode)
        .ifPresent(
            pair -> {
              add(to, pair.getLeader());
              add(to, pair.getOfficer());
            });
    addUnitPeople(to, unitCode, accounts);
    return to;
  }

  /**
   * Adds the unit's enabled officers and leaders with an address to {@code to}, each with the
   * language its account reads; an address already there takes its account's language.
   */
  public static void addUnitPeople(
      Map<String, String> to, String unitCode, List<Account> accounts) {
    accounts.stream()
        .filter(
            a ->
                a.isEnabled()
                    && a.getUnit() != null
                    && a.getUnit().getCode().equals(unitCode)
                    && a.getEmail() != null
                    && !a.getEmail().isBlank())
        .forEach(
            a -> {
              boolean recipient =
                  a.getRoles().contains(Role.UNIT_OFFICER)
                      || a.getRoles().contains(Role.UNIT_LEADER);
              if (recipient || to.containsKey(a.getEmail())) {
                to.put(a.getEmail(), a.getLanguage());
              }
            });
  }

  private static void add(Map<String, String> to, Person person) {
    if (person != null && person.getEmail() != null && !person.getEmail().isBlank()) {
      to.put(person.getEmail(), "vi");
    }
  }
}
