package vn.parindex.survey;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.parindex.campaign.Campaign;
import vn.parindex.organisation.OrganisationUnit;

/**
 * A leader or manager of a unit who must answer the survey of a campaign, and whether they have.
 * The Ministry's code for the person, where known, is how its software's export finds them again.
 */
@Entity
@Table(name = "survey_respondent")
public class SurveyRespondent {
  /** The longest name and position kept, as the columns hold them. */
  public static final int MAX_TEXT = 200;

  /** The longest Ministry code kept. */
  public static final int MAX_CODE = 50;

  @Id
  @SequenceGenerator(
      name = "survey_respondent_seq",
      sequenceName = "survey_respondent_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_respondent_seq")
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  @ManyToOne(optional = false)
  @JoinColumn(name = "unit_id")
  private OrganisationUnit unit;

  @Column(name = "full_name", nullable = false, length = MAX_TEXT)
  private String fullName;

  @Column(length = MAX_TEXT)
  private String position;

  @Column(length = MAX_CODE)
  private String code;

  /** The account the person was invited from, so that inviting again does not list them twice. */
  @Column(length = 50)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private RespondentStatus status = RespondentStatus.INVITED;

  @Column(name = "answered_on")
  private LocalDate answeredOn;

  @Column(name = "changed_by", nullable = false, length = 50)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected SurveyRespondent() {}

  public SurveyRespondent(
      Campaign campaign, OrganisationUnit unit, String fullName, String username) {
    this.campaign = campaign;
    this.unit = unit;
    this.fullName = fullName;
    this.username = username;
  }

  /** Details the list gives; a blank one leaves what is kept. */
  void describe(String fullName, String position, String code) {
    if (fullName != null && !fullName.isBlank()) {
      this.fullName = fullName;
    }
    if (position != null && !position.isBlank()) {
      this.position = position;
    }
    if (code != null && !code.isBlank()) {
      this.code = code;
    }
  }

  /** Answered on a day, or back to invited (the day forgotten). */
  void mark(RespondentStatus status, LocalDate answeredOn, String by, Instant at) {
    this.status = status;
    this.answeredOn = status == RespondentStatus.ANSWERED ? answeredOn : null;
    this.changedBy = by;
    this.changedAt = at;
  }

  /** What the participation counts of this person. */
  public Participation.Answer answer() {
    return new Participation.Answer(unit.getCode(), status, answeredOn);
  }

  public Long getId() {
    return id;
  }

  public long getCampaignId() {
    return campaign.getId();
  }

  public long getVersion() {
    return version;
  }

  public OrganisationUnit getUnit() {
    return unit;
  }

  public String getFullName() {
    return fullName;
  }

  public String getPosition() {
    return position;
  }

  public String getCode() {
    return code;
  }

  public String getUsername() {
    return username;
  }

  public RespondentStatus getStatus() {
    return status;
  }

  public LocalDate getAnsweredOn() {
    return answeredOn;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
