package vn.parindex.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.parindex.campaign.Campaign;
import vn.parindex.shared.MessageKey;
import vn.parindex.shared.Text;

/**
 * One notice to one person: what happened, in which campaign, to which unit's work and leaf; read
 * or not; and whether its e-mail went out (to whom, or why not), kept as the reminders are.
 */
@Entity
@Table(name = "notice")
public class Notice {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Id
  @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
  private Long id;

  @Column(nullable = false, length = 50)
  private String recipient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private NoticeKind kind;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  @Column(name = "campaign_name", nullable = false, length = 300)
  private String campaignName;

  @Column(name = "unit_code", length = 30)
  private String unitCode;

  @Column(name = "node_code", length = 30)
  private String nodeCode;

  @Column(length = 1000)
  private String detail;

  @Column(name = "due_date")
  private LocalDate due;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "mailed_to", length = 300)
  private String mailedTo;

  @Column(name = "mail_failure", length = 500)
  private String mailFailure;

  protected Notice() {}

  /** What the notices of one event share; each recipient gets its own copy. */
  public record About(
      NoticeKind kind,
      Campaign campaign,
      String unitCode,
      String nodeCode,
      String detail,
      LocalDate due) {}

  Notice(String recipient, About about, Instant createdAt) {
    this.recipient = recipient;
    this.kind = about.kind();
    this.campaign = about.campaign();
    this.campaignName = about.campaign().getName();
    this.unitCode = about.unitCode();
    this.nodeCode = about.nodeCode();
    this.detail = about.detail() == null ? null : Text.nfc(cut(about.detail()));
    this.due = about.due();
    this.createdAt = createdAt;
  }

  private static String cut(String text) {
    return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
  }

  /**
   * The notice's text: {0} the leaf, {1} the detail (a comment, a request, a date's name), {2} the
   * campaign, {3} the due date.
   */
  public MessageKey message() {
    Object detailArgument =
        kind == NoticeKind.PHASE_SOON ? new MessageKey("campaigns." + detail) : orDash(detail);
    return new MessageKey(
        "notice." + kind.name(),
        orDash(nodeCode),
        detailArgument,
        campaignName,
        due == null ? "—" : DAY.format(due));
  }

  private static String orDash(String text) {
    return text == null ? "—" : text;
  }

  void read(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  void mailed(String to) {
    mailedTo = to;
  }

  void mailFailed(String failure) {
    mailFailure = failure == null ? "?" : failure.substring(0, Math.min(500, failure.length()));
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public NoticeKind getKind() {
    return kind;
  }

  public Long getCampaignId() {
    return campaign.getId();
  }

  public String getCampaignName() {
    return campaignName;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getNodeCode() {
    return nodeCode;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isRead() {
    return readAt != null;
  }

  public String getMailedTo() {
    return mailedTo;
  }

  public String getMailFailure() {
    return mailFailure;
  }
}
