package vn.parindex.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reminder to a lead unit of its overdue tasks in a plan: to whom, when, by whom, and whether the
 * mail went out, or why not.
 */
@Entity
@Table(name = "plan_reminder")
public class PlanReminder {
  @Id
  @SequenceGenerator(
      name = "plan_reminder_seq",
      sequenceName = "plan_reminder_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_reminder_seq")
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private long planId;

  @Column(name = "unit_code", nullable = false, length = 30)
  private String unitCode;

  @Column(nullable = false)
  private int overdue;

  @Column(length = 1000)
  private String recipients;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "sent_by", nullable = false, length = 50)
  private String sentBy;

  @Column(nullable = false)
  private boolean delivered;

  @Column(length = 500)
  private String failure;

  protected PlanReminder() {}

  PlanReminder(
      long planId, String unitCode, int overdue, String recipients, Instant sentAt, String by) {
    this.planId = planId;
    this.unitCode = unitCode;
    this.overdue = overdue;
    this.recipients = recipients;
    this.sentAt = sentAt;
    this.sentBy = by;
  }

  /** Whether it went out, or why not. */
  void outcome(String failure) {
    this.delivered = failure == null;
    this.failure = failure;
  }

  public Long getId() {
    return id;
  }

  public long getPlanId() {
    return planId;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public int getOverdue() {
    return overdue;
  }

  public String getRecipients() {
    return recipients;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getSentBy() {
    return sentBy;
  }

  public boolean isDelivered() {
    return delivered;
  }

  public String getFailure() {
    return failure;
  }
}
