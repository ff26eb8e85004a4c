package vn.parindex.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.parindex.shared.MessageKey;
import vn.parindex.shared.Violation;

/**
 * The dates of a campaign: nomination of focal pairs, self-assessment window, review, appraisal,
 * explanation, finalisation and publication; see {@link #problems()} for which follows which.
 */
@Embeddable
public class Phases implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Column(name = "nomination_due")
  private LocalDate nominationDue;

  @Column(name = "self_assessment_opens")
  private LocalDate selfAssessmentOpens;

  @Column(name = "self_assessment_closes")
  private LocalDate selfAssessmentCloses;

  @Column(name = "review_due")
  private LocalDate reviewDue;

  @Column(name = "appraisal_due")
  private LocalDate appraisalDue;

  @Column(name = "explanation_due")
  private LocalDate explanationDue;

  @Column(name = "finalisation_due")
  private LocalDate finalisationDue;

  @Column(name = "publication_due")
  private LocalDate publicationDue;

  public Phases() {}

  public Phases(
      LocalDate nominationDue,
      LocalDate selfAssessmentOpens,
      LocalDate selfAssessmentCloses,
      LocalDate reviewDue,
      LocalDate appraisalDue,
      LocalDate explanationDue,
      LocalDate finalisationDue,
      LocalDate publicationDue) {
    this.nominationDue = nominationDue;
    this.selfAssessmentOpens = selfAssessmentOpens;
    this.selfAssessmentCloses = selfAssessmentCloses;
    this.reviewDue = reviewDue;
    this.appraisalDue = appraisalDue;
    this.explanationDue = explanationDue;
    this.finalisationDue = finalisationDue;
    this.publicationDue = publicationDue;
  }

  /** The same dates moved by whole years: what a campaign cloned into the next year starts with. */
  public Phases plusYears(int years) {
    return new Phases(
        plus(nominationDue, years),
        plus(selfAssessmentOpens, years),
        plus(selfAssessmentCloses, years),
        plus(reviewDue, years),
        plus(appraisalDue, years),
        plus(explanationDue, years),
        plus(finalisationDue, years),
        plus(publicationDue, years));
  }

  /**
   * Dates out of order, each named by its JSON field. The phases are not one chain: dispatch 6926
   * asks for the focal pairs three days after self-scoring has started, so the nomination only has
   * to come before self-assessment closes. From there on the steps follow each other: review after
   * the close, then appraisal, explanation, finalisation and publication. A missing date is
   * skipped, and the next one is held to the latest date before it. The message names both dates.
   */
  public List<Violation> problems() {
    List<Violation> problems = new ArrayList<>();
    if (nominationDue != null
        && selfAssessmentCloses != null
        && nominationDue.isAfter(selfAssessmentCloses)) {
      problems.add(
          refusal(
              "campaign.phases.after",
              "nominationDue",
              nominationDue,
              "selfAssessmentCloses",
              selfAssessmentCloses));
    }
    String[] names = {
      "selfAssessmentOpens",
      "selfAssessmentCloses",
      "reviewDue",
      "appraisalDue",
      "explanationDue",
      "finalisationDue",
      "publicationDue"
    };
    LocalDate[] dates = {
      selfAssessmentOpens,
      selfAssessmentCloses,
      reviewDue,
      appraisalDue,
      explanationDue,
      finalisationDue,
      publicationDue
    };
    int latest = -1;
    for (int i = 0; i < dates.length; i++) {
      if (dates[i] == null) {
        continue;
      }
      if (latest >= 0 && dates[i].isBefore(dates[latest])) {
        problems.add(
            refusal("campaign.phases.order", names[i], dates[i], names[latest], dates[latest]));
      } else {
        latest = i;
      }
    }
    return problems;
  }

  /** A named date of the campaign: {@code name} is its JSON field, the bundles' key suffix. */
  public record Milestone(String name, LocalDate date) {
    /** Days from {@code today} to the date: 0 on the day itself, negative once it has passed. */
    public long daysFrom(LocalDate today) {
      return ChronoUnit.DAYS.between(today, date);
    }
  }

  /** The date named {@code name} (a JSON field such as {@code appraisalDue}), when it is set. */
  public Optional<Milestone> milestone(String name) {
    return milestones().stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /**
   * The earliest date on or after {@code today}: what Sở Nội vụ must prepare for next. Dates are
   * compared, not their order in the chain, because the nomination may fall inside self-assessment.
   */
  public Optional<Milestone> next(LocalDate today) {
    return milestones().stream()
        .filter(m -> !m.date().isBefore(today))
        .min(Comparator.comparing(Milestone::date));
  }

  /** Every date that is set, by name, in the order of the chain. */
  public List<Milestone> milestones() {
    return Stream.of(
            new Milestone("nominationDue", nominationDue),
            new Milestone("selfAssessmentOpens", selfAssessmentOpens),
            new Milestone("selfAssessmentCloses", selfAssessmentCloses),
            new Milestone("reviewDue", reviewDue),
            new Milestone("appraisalDue", appraisalDue),
            new Milestone("explanationDue", explanationDue),
            new Milestone("finalisationDue", finalisationDue),
            new Milestone("publicationDue", publicationDue))
        .filter(m -> m.date() != null)
        .toList();
  }

  /** A refusal at {@code name}'s field that names its date and the one it conflicts with. */
  private static Violation refusal(
      String key, String name, LocalDate date, String otherName, LocalDate otherDate) {
    return Violation.ofField(
        "phases." + name,
        key,
        new MessageKey("campaigns." + name),
        DAY.format(date),
        new MessageKey("campaigns." + otherName),
        DAY.format(otherDate));
  }

  private static LocalDate plus(LocalDate date, int years) {
    return date == null ? null : date.plusYears(years);
  }

  public LocalDate getNominationDue() {
    return nominationDue;
  }

  public LocalDate getSelfAssessmentOpens() {
    return selfAssessmentOpens;
  }

  public LocalDate getSelfAssessmentCloses() {
    return selfAssessmentCloses;
  }

  public LocalDate getReviewDue() {
    return reviewDue;
  }

  public LocalDate getAppraisalDue() {
    return appraisalDue;
  }

  public LocalDate getExplanationDue() {
    return explanationDue;
  }

  public LocalDate getFinalisationDue() {
    return finalisationDue;
  }

  public LocalDate getPublicationDue() {
    return publicationDue;
  }
}
