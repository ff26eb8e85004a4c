package vn.parindex.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.campaign.Campaign;

/**
 * A reminder sent to a unit that was behind: why, to whom, when, by whom (or by the daily run), and
 * whether the mail went out. Reminders count in the progress report: they are the record of slow
 * units the founding dispatch asks for. Never changed.
 */
@Entity
@Table(name = "reminder")
public class Reminder {
  /** Who sends the reminders of the daily run. */
  public static final String DAILY = "hệ thống (hằng ngày)";

  @Id
  @SequenceGenerator(name = "reminder_seq", sequenceName = "reminder_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  @Column(name = "unit_code", nullable = false, length = 30)
  private String unitCode;

  @Column(nullable = false, length = 100)
  private String reasons;

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

  protected Reminder() {}

  public Reminder(
      Campaign campaign,
      String unitCode,
      Set<ReminderReason> reasons,
      List<String> recipients,
      Instant sentAt,
      String sentBy) {
    this.campaign = campaign;
    this.unitCode = unitCode;
    this.reasons = reasons.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    this.recipients = recipients.isEmpty() ? null : String.join(", ", recipients);
    this.sentAt = sentAt;
    this.sentBy = sentBy;
  }

  /** The mail went out. */
  void delivered() {
    this.delivered = true;
  }

  /** The mail did not go out, and why. */
  void failed(String why) {
    this.failure = why.length() > 500 ? why.substring(0, 500) : why;
  }

  public Long getId() {
    return id;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public Set<ReminderReason> getReasons() {
    Set<ReminderReason> set = EnumSet.noneOf(ReminderReason.class);
    Arrays.stream(reasons.split(",")).map(ReminderReason::valueOf).forEach(set::add);
    return set;
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
