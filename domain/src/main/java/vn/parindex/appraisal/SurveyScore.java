package vn.parindex.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import vn.parindex.campaign.Campaign;
import vn.parindex.organisation.OrganisationUnit;

/** The points a subject obtained on a SURVEY leaf, from the sociological survey's table. */
@Entity
@Table(
    name = "survey_score",
    uniqueConstraints = @UniqueConstraint(columnNames = {"campaign_id", "subject_id", "node_code"}))
public class SurveyScore {
  @Id
  @SequenceGenerator(
      name = "survey_score_seq",
      sequenceName = "survey_score_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_score_seq")
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

  @Column(nullable = false, precision = 7, scale = 2)
  private BigDecimal points;

  @Column(precision = 7, scale = 2)
  private BigDecimal percent;

  @Column(name = "imported_by", nullable = false, length = 50)
  private String importedBy;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  protected SurveyScore() {}

  public SurveyScore(Campaign campaign, OrganisationUnit subject, String nodeCode) {
    this.campaign = campaign;
    this.subject = subject;
    this.nodeCode = nodeCode;
  }

  void set(BigDecimal points, BigDecimal percent, String by, Instant at) {
    this.points = points;
    this.percent = percent;
    this.importedBy = by;
    this.importedAt = at;
  }

  public OrganisationUnit getSubject() {
    return subject;
  }

  public String getNodeCode() {
    return nodeCode;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public BigDecimal getPercent() {
    return percent;
  }

  public String getImportedBy() {
    return importedBy;
  }

  public Instant getImportedAt() {
    return importedAt;
  }
}
