package vn.parindex.api.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.parindex.assessment.Reminder;
import vn.parindex.survey.Participation;
import vn.parindex.survey.RespondentStatus;
import vn.parindex.survey.SurveyParticipation;
import vn.parindex.survey.SurveyRespondent;

/** The JSON of the leaders' survey's participation. */
public final class ParticipationJson {
  private ParticipationJson() {}

  /** What the caller may see of a campaign's survey. */
  public record ViewJson(
      long campaignId,
      LocalDate deadline,
      long version,
      TotalsJson totals,
      List<UnitJson> units,
      List<RespondentJson> respondents) {
    static ViewJson of(SurveyParticipation.View view) {
      return new ViewJson(
          view.campaignId(),
          view.deadline(),
          view.version(),
          TotalsJson.of(view.totals()),
          view.units().stream().map(UnitJson::of).toList(),
          view.respondents().stream().map(RespondentJson::of).toList());
    }
  }

  /** The province's figures, or the caller's unit's. */
  public record TotalsJson(int units, int invited, int answered, int quota, int unitsBelowQuota) {
    static TotalsJson of(Participation.Totals t) {
      return new TotalsJson(t.units(), t.invited(), t.answered(), t.quota(), t.below());
    }
  }

  /** One unit's participation. */
  public record UnitJson(
      String unitCode,
      String name,
      int invited,
      int answered,
      int quota,
      boolean quotaSet,
      int percent,
      boolean met,
      LocalDate reachedOn,
      int daysLate) {
    static UnitJson of(SurveyParticipation.UnitLine u) {
      Participation.Line l = u.line();
      return new UnitJson(
          l.unitCode(),
          u.name(),
          l.invited(),
          l.answered(),
          l.quota(),
          l.quotaSet(),
          l.percent(),
          l.met(),
          l.reachedOn(),
          l.daysLate());
    }
  }

  /** One person who must answer: never what they answered. */
  public record RespondentJson(
      long id,
      long version,
      String unitCode,
      String fullName,
      String position,
      String code,
      RespondentStatus status,
      LocalDate answeredOn) {
    static RespondentJson of(SurveyRespondent r) {
      return new RespondentJson(
          r.getId(),
          r.getVersion(),
          r.getUnit().getCode(),
          r.getFullName(),
          r.getPosition(),
          r.getCode(),
          r.getStatus(),
          r.getAnsweredOn());
    }
  }

  /** The deadline and the quotas set; a unit left out counts everyone on its list. */
  public record PlanJson(LocalDate deadline, Map<String, Integer> quotas, Long version) {}

  /** A person's status entered by hand; no day means today. */
  public record MarkJson(RespondentStatus status, LocalDate answeredOn, Long version) {}

  /** What a list loaded. */
  public record ImportedJson(int added, int updated) {}

  /** How many leader accounts were listed. */
  public record InvitedJson(int added) {}

  /** A reminder made to a unit below its quota. */
  public record ReminderJson(String unitCode, boolean delivered, String failure, Instant at) {
    static ReminderJson of(Reminder r) {
      return new ReminderJson(r.getUnitCode(), r.isDelivered(), r.getFailure(), r.getSentAt());
    }
  }
}
