package vn.parindex.plan;

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
import vn.parindex.organisation.OrganisationUnit;

/**
 * A PAR plan as issued: its kind, number and symbol (520/KH-UBND), day, issuer, the year it plans
 * and the unit that owns it (Sở Nội vụ for the province's plans, the unit for its own).
 */
@Entity
@Table(name = "par_plan")
public class Plan {
  @Id
  @SequenceGenerator(name = "par_plan_seq", sequenceName = "par_plan_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "par_plan_seq")
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PlanKind kind;

  @Column(name = "plan_number", nullable = false, length = 50)
  private String number;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(length = 300)
  private String issuer;

  @Column(name = "plan_year", nullable = false)
  private int year;

  @Column(nullable = false, length = 500)
  private String title;

  @ManyToOne(optional = false)
  @JoinColumn(name = "owner_unit_id")
  private OrganisationUnit owner;

  @Column(name = "changed_by", nullable = false, length = 50)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected Plan() {}

  Plan(PlanKind kind, OrganisationUnit owner) {
    this.kind = kind;
    this.owner = owner;
  }

  /** What the plan's header says; its kind and owner stay what it was created with. */
  void describe(
      String number,
      LocalDate issuedOn,
      String issuer,
      int year,
      String title,
      String by,
      Instant at) {
    this.number = number;
    this.issuedOn = issuedOn;
    this.issuer = issuer;
    this.year = year;
    this.title = title;
    this.changedBy = by;
    this.changedAt = at;
  }

  /** "Kế hoạch 520/KH-UBND": how lapses and letters name it. */
  public String documentName() {
    return "Kế hoạch " + number;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public PlanKind getKind() {
    return kind;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public String getIssuer() {
    return issuer;
  }

  public int getYear() {
    return year;
  }

  public String getTitle() {
    return title;
  }

  public OrganisationUnit getOwner() {
    return owner;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
