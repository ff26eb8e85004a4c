package vn.parindex.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a submission's workflow: who, when, from what to what, and why. Never changed. */
@Entity
@Table(name = "submission_event")
public class SubmissionEvent {
  @Id
  @SequenceGenerator(
      name = "submission_event_seq",
      sequenceName = "submission_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_event_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "submission_id")
  private Submission submission;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", nullable = false, length = 20)
  private SubmissionStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 20)
  private SubmissionStatus to;

  @Column(nullable = false, length = 20)
  private String action;

  @Column(name = "node_code", length = 30)
  private String nodeCode;

  @Column(nullable = false, length = 50)
  private String actor;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "remark", length = 2000)
  private String comment;

  protected SubmissionEvent() {}

  SubmissionEvent(
      Submission submission,
      SubmissionStatus from,
      SubmissionStatus to,
      String action,
      String nodeCode,
      String actor,
      Instant at,
      String comment) {
    this.submission = submission;
    this.from = from;
    this.to = to;
    this.action = action;
    this.nodeCode = nodeCode;
    this.actor = actor;
    this.at = at;
    this.comment = comment;
  }

  public SubmissionStatus getFrom() {
    return from;
  }

  public SubmissionStatus getTo() {
    return to;
  }

  public String getAction() {
    return action;
  }

  public String getNodeCode() {
    return nodeCode;
  }

  public String getActor() {
    return actor;
  }

  public Instant getAt() {
    return at;
  }

  public String getComment() {
    return comment;
  }
}
