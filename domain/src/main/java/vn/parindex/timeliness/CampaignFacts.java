package vn.parindex.timeliness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one campaign's records say about its units' timeliness, read in a few statements and judged
 * by {@link Lapses} without the database.
 *
 * @param units the units that owe the campaign work: a focal pair and a self-assessment
 * @param nominated when each unit's focal pair was named
 * @param firstSent when each unit first sent its self-assessment
 */
public record CampaignFacts(
    long campaignId,
    String campaignName,
    LocalDate nominationDue,
    LocalDate selfAssessmentCloses,
    Set<String> units,
    Map<String, Instant> nominated,
    Map<String, Instant> firstSent,
    List<Event> returns,
    List<Event> reminders,
    List<Request> requests) {

  /** Something that happened to a unit at a moment: a return, a reminder delivered. */
  public record Event(String unitCode, Instant at, String nodeCode) {}

  /** Evidence asked of a unit by a date, and when it was given. */
  public record Request(String unitCode, LocalDate due, Instant doneAt, String nodeCode) {}
}
