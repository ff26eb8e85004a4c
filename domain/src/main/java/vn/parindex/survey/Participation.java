package vn.parindex.survey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far each unit is with the survey: people on its list, people who answered, its quota
 * (everyone on the list unless set), and whether and when it reached the quota against the
 * deadline. A quota is missed late when it was reached after the deadline, and open while it is not
 * reached and the deadline has passed: late up to today.
 */
public final class Participation {
  private Participation() {}

  /** What counts of one person: their unit, status and the day they answered. */
  public record Answer(String unitCode, RespondentStatus status, LocalDate answeredOn) {}

  /**
   * One unit's participation.
   *
   * @param quotaSet whether the quota was set for the unit rather than taken from its list
   * @param reachedOn the day its quota was reached: when its quota-th person answered
   * @param deadline the day answers were due, or none set
   * @param daysLate days past the deadline it reached its quota, or up to today while it has not
   * @param open the deadline has passed and the quota is still not reached
   */
  public record Line(
      String unitCode,
      int invited,
      int answered,
      int quota,
      boolean quotaSet,
      LocalDate reachedOn,
      LocalDate deadline,
      int daysLate,
      boolean open) {
    public boolean met() {
      return answered >= quota;
    }

    /** Answers as a share of the quota, 0–100, whole percent rounded down. */
    public int percent() {
      return quota == 0 ? 100 : Math.min(100, answered * 100 / quota);
    }
  }

  /** The province's figures: units, people, the quotas' sum, and units below their quota. */
  public record Totals(int units, int invited, int answered, int quota, int below) {
    public static Totals of(List<Line> lines) {
      int invited = 0;
      int answered = 0;
      int quota = 0;
      int below = 0;
      for (Line l : lines) {
        invited += l.invited();
        answered += l.answered();
        quota += l.quota();
        below += l.met() ? 0 : 1;
      }
      return new Totals(lines.size(), invited, answered, quota, below);
    }
  }

  /** Every unit's line of a campaign's round (none planned yet: no deadline, lists as quotas). */
  public static List<Line> of(SurveyRound round, List<SurveyRespondent> people, LocalDate today) {
    return lines(
        people.stream().map(SurveyRespondent::answer).toList(),
        round == null ? Map.of() : round.getQuotas(),
        round == null ? null : round.getDeadline(),
        today);
  }

  /**
   * Every unit with people on its list or a quota, by code.
   *
   * @param quotas the quotas set, by unit code
   * @param deadline the day answers are due, or none yet
   * @param today the day in Vietnam
   */
  public static List<Line> lines(
      List<Answer> answers, Map<String, Integer> quotas, LocalDate deadline, LocalDate today) {
    Map<String, List<Answer>> byUnit = new TreeMap<>();
    quotas.keySet().forEach(u -> byUnit.put(u, new ArrayList<>()));
    answers.forEach(a -> byUnit.computeIfAbsent(a.unitCode(), u -> new ArrayList<>()).add(a));
    List<Line> lines = new ArrayList<>();
    byUnit.forEach((unit, list) -> lines.add(line(unit, list, quotas.get(unit), deadline, today)));
    return lines;
  }

  private static Line line(
      String unit, List<Answer> list, Integer quotaSet, LocalDate deadline, LocalDate today) {
    List<LocalDate> days =
        list.stream()
            .filter(a -> a.status() == RespondentStatus.ANSWERED)
            .map(a -> a.answeredOn() == null ? today : a.answeredOn())
            .sorted(Comparator.naturalOrder())
            .toList();
    int quota = quotaSet == null ? list.size() : quotaSet;
    LocalDate reached = quota == 0 ? null : days.size() >= quota ? days.get(quota - 1) : null;
    boolean met = days.size() >= quota;
    int late = 0;
    if (deadline != null && quota > 0) {
      LocalDate until = met ? reached : today;
      late = until.isAfter(deadline) ? (int) ChronoUnit.DAYS.between(deadline, until) : 0;
    }
    return new Line(
        unit,
        list.size(),
        days.size(),
        quota,
        quotaSet != null,
        reached,
        deadline,
        late,
        !met && late > 0);
  }
}
