package vn.parindex.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import vn.parindex.campaign.Campaign;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.shared.ConflictException;

/**
 * A lead unit asks another unit (a coordinating department, a district) for evidence on one leaf,
 * by a date; the asked unit uploads what it has and marks the request done.
 */
@Entity
@Table(name = "evidence_request")
public class EvidenceRequest implements Serializable {
  @Id
  @SequenceGenerator(
      name = "evidence_request_seq",
      sequenceName = "evidence_request_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_request_seq")
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  @ManyToOne(optional = false)
  @JoinColumn(name = "subject_id")
  private OrganisationUnit subject;

  @Column(name = "node_code", nullable = false, length = 30)
  private String nodeCode;

  @ManyToOne(optional = false)
  @JoinColumn(name = "from_unit_id")
  private OrganisationUnit fromUnit;

  @ManyToOne(optional = false)
  @JoinColumn(name = "to_unit_id")
  private OrganisationUnit toUnit;

  @Column(nullable = false, length = 2000)
  private String message;

  @Column(name = "due_date", nullable = false)
  private LocalDate due;

  @Column(name = "requested_by", nullable = false, length = 50)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(nullable = false)
  private boolean done;

  @Column(name = "done_by", length = 50)
  private String doneBy;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "done_note", length = 2000)
  private String doneNote;

  protected EvidenceRequest() {}

  public EvidenceRequest(
      Campaign campaign,
      OrganisationUnit subject,
      String nodeCode,
      OrganisationUnit fromUnit,
      OrganisationUnit toUnit,
      String message,
      LocalDate due,
      String requestedBy,
      Instant requestedAt) {
    this.campaign = campaign;
    this.subject = subject;
    this.nodeCode = nodeCode;
    this.fromUnit = fromUnit;
    this.toUnit = toUnit;
    this.message = message;
    this.due = due;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  void complete(String by, Instant at, String note) {
    if (done) {
      throw new ConflictException("request.alreadyDone");
    }
    done = true;
    doneBy = by;
    doneAt = at;
    doneNote = note;
  }

  /** Still open after its due date. */
  public boolean overdue(LocalDate today) {
    return !done && today.isAfter(due);
  }

  public Long getId() {
    return id;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public OrganisationUnit getSubject() {
    return subject;
  }

  public String getNodeCode() {
    return nodeCode;
  }

  public OrganisationUnit getFromUnit() {
    return fromUnit;
  }

  public OrganisationUnit getToUnit() {
    return toUnit;
  }

  public String getMessage() {
    return message;
  }

  public LocalDate getDue() {
    return due;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public boolean isDone() {
    return done;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getDoneNote() {
    return doneNote;
  }
}
