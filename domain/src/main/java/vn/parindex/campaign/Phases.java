package vn.parindex.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.shared.Violation;

/**
 * The dates of a campaign: nomination of focal pairs, self-assessment window, review, appraisal,
 * explanation, finalisation and publication. Each later date may not come before an earlier one.
 */
@Embeddable
public class Phases implements Serializable {
  private static final long serialVersionUID = 1L;

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

  /** Dates out of order, each named by its JSON field. */
  public List<Violation> problems() {
    List<Violation> problems = new ArrayList<>();
    String[] names = {
      "nominationDue",
      "selfAssessmentOpens",
      "selfAssessmentCloses",
      "reviewDue",
      "appraisalDue",
      "explanationDue",
      "finalisationDue",
      "publicationDue"
    };
    LocalDate[] dates = inOrder();
    LocalDate latest = null;
    for (int i = 0; i < dates.length; i++) {
      if (dates[i] == null) {
        continue;
      }
      if (latest != null && dates[i].isBefore(latest)) {
        problems.add(Violation.ofField("phases." + names[i], "campaign.phases.order"));
      } else {
        latest = dates[i];
      }
    }
    return problems;
  }

  private LocalDate[] inOrder() {
    return new LocalDate[] {
      nominationDue,
      selfAssessmentOpens,
      selfAssessmentCloses,
      reviewDue,
      appraisalDue,
      explanationDue,
      finalisationDue,
      publicationDue
    };
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
