package vn.parindex.timeliness;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.parindex.appraisal.Adjustment;
import vn.parindex.appraisal.AppraisalRepository;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.framework.Points;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.reorganisation.Lineage;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Violation;

/**
 * Counts the record of timeliness in an INTERNAL campaign, as the founding dispatch asks: each
 * subject loses the points its rules give for the year's lapses in the other campaigns (its
 * predecessors' among them), held to a cap, with the arithmetic kept beside the points.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class TimelinessDeductions {
  /** More than any framework gives a unit: a point value above it is a typing error. */
  private static final BigDecimal MOST = BigDecimal.valueOf(100);

  @Inject TimelinessRepository repository;
  @Inject TimelinessRecord record;
  @Inject CampaignService campaigns;
  @Inject AppraisalRepository appraisals;
  @Inject AssessmentRepository assessments;
  @Inject UnitHistory history;
  @Inject Clock clock;

  /**
   * A subject's deduction as the rules give it today, and the lapses it counts.
   *
   * @param inResults what its results take off now: the deduction last applied, which lags the one
   *     of today when lapses came after it
   */
  public record SubjectDeduction(
      String unitCode, String name, Deduction deduction, List<Lapse> lapses, BigDecimal inResults) {
    /** Whether the results take off what the rules give today. */
    public boolean current() {
      return inResults.compareTo(deduction.applied()) == 0;
    }

    SubjectDeduction applied() {
      return new SubjectDeduction(unitCode, name, deduction, lapses, deduction.applied());
    }
  }

  /** The campaign's rules; none taking anything off until set. */
  @RolesAllowed(Roles.USER)
  public TimelinessRules rules(long campaignId) {
    return rulesOf(internal(campaignId));
  }

  /** Sets how many points each kind of lapse takes off, and the most taken off in all. */
  public TimelinessRules setRules(
      long campaignId, Map<LapseKind, BigDecimal> points, BigDecimal cap) {
    Campaign campaign = internal(campaignId);
    // A kind left out, or a field left empty, takes nothing off.
    Map<LapseKind, BigDecimal> given = new EnumMap<>(LapseKind.class);
    for (LapseKind kind : LapseKind.values()) {
      given.put(kind, Objects.requireNonNullElse(points.get(kind), BigDecimal.ZERO));
    }
    BigDecimal most = Objects.requireNonNullElse(cap, BigDecimal.ZERO);
    List<Violation> problems = new ArrayList<>();
    given.forEach((kind, value) -> check(value, "points." + kind.name(), problems));
    check(most, "cap", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    TimelinessRules rules =
        repository
            .rules(campaign.getId())
            .orElseGet(
                () -> {
                  TimelinessRules created = new TimelinessRules(campaign.getId());
                  repository.add(created);
                  return created;
                });
    rules.set(given, most);
    return rules;
  }

  /** What each subject would lose under the campaign's rules, with the lapses counted. */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
  public List<SubjectDeduction> preview(long campaignId) {
    Campaign campaign = internal(campaignId);
    return preview(campaign, adjustmentsOf(campaign));
  }

  /**
   * Takes each subject's deduction off its points while the campaign is being appraised; each
   * change is appended to the audit trail like any score.
   */
  public List<SubjectDeduction> apply(long campaignId) {
    Campaign campaign = internal(campaignId);
    if (campaign.getStatus() != CampaignStatus.APPRAISAL) {
      throw new ConflictException("timeliness.notAppraising", campaign.getName());
    }
    Map<String, Adjustment> adjustments = adjustmentsOf(campaign);
    Map<String, OrganisationUnit> subjects = new HashMap<>();
    campaign.getSubjects().forEach(s -> subjects.put(s.getCode(), s));
    String actor = campaigns.caller().username();
    List<SubjectDeduction> deductions = preview(campaign, adjustments);
    for (SubjectDeduction d : deductions) {
      if (d.current()) {
        continue;
      }
      BigDecimal before = d.inResults();
      BigDecimal after = d.deduction().applied();
      Adjustment adjustment = adjustments.get(d.unitCode());
      if (adjustment == null) {
        adjustment = new Adjustment(campaign, subjects.get(d.unitCode()));
        appraisals.add(adjustment);
      }
      adjustment.deductForTimeliness(after, d.deduction().arithmetic());
      assessments.append(
          new AuditEntry(
              campaignId,
              d.unitCode(),
              null,
              "timeliness",
              Points.vietnamese(before),
              Points.vietnamese(after),
              actor,
              clock.instant(),
              d.deduction().arithmetic()));
    }
    return deductions.stream().map(SubjectDeduction::applied).toList();
  }

  private List<SubjectDeduction> preview(Campaign campaign, Map<String, Adjustment> adjustments) {
    TimelinessRules rules = rulesOf(campaign);
    List<Lapse> year = record.lapses(campaign.getYear(), campaign.getId());
    Lineage lineage = history.lineage();
    Map<String, String> names = history.namesIn(campaign.getYear());
    List<SubjectDeduction> deductions = new ArrayList<>();
    for (OrganisationUnit subject : campaign.getSubjects()) {
      List<Lapse> lapses = TimelinessRecord.answeredBy(lineage, subject.getCode(), year);
      Adjustment adjustment = adjustments.get(subject.getCode());
      deductions.add(
          new SubjectDeduction(
              subject.getCode(),
              names.getOrDefault(subject.getCode(), subject.getNameVi()),
              rules.deduct(lapses),
              lapses,
              adjustment == null ? Points.of(BigDecimal.ZERO) : adjustment.getTimeliness()));
    }
    return deductions;
  }

  private TimelinessRules rulesOf(Campaign campaign) {
    return repository
        .rules(campaign.getId())
        .orElseGet(() -> new TimelinessRules(campaign.getId()));
  }

  private Map<String, Adjustment> adjustmentsOf(Campaign campaign) {
    Map<String, Adjustment> adjustments = new HashMap<>();
    appraisals
        .adjustments(campaign.getId())
        .forEach(a -> adjustments.put(a.getSubject().getCode(), a));
    return adjustments;
  }

  private Campaign internal(long campaignId) {
    Campaign campaign = campaigns.get(campaignId);
    if (campaign.getKind() != CampaignKind.INTERNAL) {
      throw new ConflictException("timeliness.internalOnly", campaign.getName());
    }
    return campaign;
  }

  private static void check(BigDecimal value, String field, List<Violation> problems) {
    if (value.signum() < 0
        || value.compareTo(MOST) > 0
        || value.stripTrailingZeros().scale() > Points.SCALE) {
      problems.add(Violation.ofField(field, "timeliness.points"));
    }
  }
}
