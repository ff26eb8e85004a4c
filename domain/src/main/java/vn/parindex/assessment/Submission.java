package vn.parindex.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.shared.ConflictException;

/**
 * A responsible unit's part of a campaign (the leaves it leads, or its own assessment) as one piece
 * of work: DRAFT → SUBMITTED (officer) → APPROVED (leader), sent back by the coordinator, reopened
 * after the closing date. Every step is kept as a {@link SubmissionEvent}.
 */
@Entity
@Table(
    name = "submission",
    uniqueConstraints = @UniqueConstraint(columnNames = {"campaign_id", "unit_id"}))
public class Submission {
  @Id
  @SequenceGenerator(name = "submission_seq", sequenceName = "submission_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_seq")
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  @ManyToOne(optional = false)
  @JoinColumn(name = "unit_id")
  private OrganisationUnit unit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SubmissionStatus status = SubmissionStatus.DRAFT;

  /** Set by the coordinator: the unit may edit after the closing date until it submits again. */
  @Column(nullable = false)
  private boolean reopened;

  @Column(name = "times_returned", nullable = false)
  private int timesReturned;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @OneToMany(mappedBy = "submission", cascade = CascadeType.PERSIST)
  @OrderBy("at")
  private List<SubmissionEvent> events = new ArrayList<>();

  protected Submission() {}

  public Submission(Campaign campaign, OrganisationUnit unit) {
    this.campaign = campaign;
    this.unit = unit;
  }

  /**
   * Whether the unit may change its scores today: the campaign is open, the work is not sent, and
   * the closing date has not passed unless the coordinator reopened it.
   */
  public boolean editable(LocalDate today) {
    return editable(
        campaign.getStatus(),
        status,
        reopened,
        campaign.getPhases().getSelfAssessmentCloses(),
        today);
  }

  static boolean editable(
      CampaignStatus campaignStatus,
      SubmissionStatus status,
      boolean reopened,
      LocalDate closes,
      LocalDate today) {
    if (campaignStatus != CampaignStatus.OPEN || status != SubmissionStatus.DRAFT) {
      return false;
    }
    return reopened || closes == null || !today.isAfter(closes);
  }

  void submit(String actor, Instant at, String comment) {
    move(SubmissionStatus.DRAFT, SubmissionStatus.SUBMITTED, "SUBMIT", null, actor, at, comment);
    reopened = false;
    submittedAt = at;
  }

  /**
   * The leader signs off the work; with {@code fourEyes} never the person who sent it, so that no
   * figure reaches Sở Nội vụ on one person's word.
   */
  void approve(String actor, Instant at, String comment, boolean fourEyes) {
    if (fourEyes && status == SubmissionStatus.SUBMITTED && actor.equals(submitter())) {
      throw new ConflictException("assessment.fourEyes", actor);
    }
    move(
        SubmissionStatus.SUBMITTED, SubmissionStatus.APPROVED, "APPROVE", null, actor, at, comment);
  }

  /** The leader sends the officer's work back inside the unit; not counted as a return. */
  void returnToOfficer(String actor, Instant at, String comment) {
    move(
        SubmissionStatus.SUBMITTED,
        SubmissionStatus.DRAFT,
        "LEADER_RETURN",
        null,
        actor,
        at,
        comment);
  }

  /** Back to DRAFT, whole or for one leaf; legal once the unit has sent its work. */
  void sendBack(String nodeCode, String actor, Instant at, String comment) {
    if (status == SubmissionStatus.DRAFT) {
      throw new ConflictException("assessment.transition.illegal", status.name(), "RETURN");
    }
    record(
        status,
        SubmissionStatus.DRAFT,
        nodeCode == null ? "RETURN" : "RETURN_LEAF",
        nodeCode,
        actor,
        at,
        comment);
    status = SubmissionStatus.DRAFT;
    timesReturned++;
  }

  void reopen(String actor, Instant at, String comment) {
    if (status != SubmissionStatus.DRAFT) {
      throw new ConflictException("assessment.transition.illegal", status.name(), "REOPEN");
    }
    record(status, status, "REOPEN", null, actor, at, comment);
    reopened = true;
  }

  /** Who sent the work last. */
  private String submitter() {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).getAction().equals("SUBMIT")) {
        return events.get(i).getActor();
      }
    }
    return null;
  }

  private void move(
      SubmissionStatus from,
      SubmissionStatus to,
      String action,
      String nodeCode,
      String actor,
      Instant at,
      String comment) {
    if (status != from) {
      throw new ConflictException("assessment.transition.illegal", status.name(), action);
    }
    record(from, to, action, nodeCode, actor, at, comment);
    status = to;
  }

  private void record(
      SubmissionStatus from,
      SubmissionStatus to,
      String action,
      String nodeCode,
      String actor,
      Instant at,
      String comment) {
    events.add(new SubmissionEvent(this, from, to, action, nodeCode, actor, at, comment));
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public OrganisationUnit getUnit() {
    return unit;
  }

  public SubmissionStatus getStatus() {
    return status;
  }

  public boolean isReopened() {
    return reopened;
  }

  public int getTimesReturned() {
    return timesReturned;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public List<SubmissionEvent> getEvents() {
    return events;
  }
}
