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
import java.io.Serializable;
import java.time.Instant;
import vn.parindex.campaign.Campaign;

/**
 * A published version of a campaign's results, frozen as the JSON the public reads. A correction
 * publishes a new version with its reason; earlier versions are kept.
 */
@Entity
@Table(name = "publication")
public class Publication implements Serializable {
  @Id
  @SequenceGenerator(
      name = "publication_seq",
      sequenceName = "publication_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  @Column(name = "version_no", nullable = false)
  private int number;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "published_by", nullable = false, length = 50)
  private String publishedBy;

  @Column(length = 2000)
  private String reason;

  @Column(name = "results_json", nullable = false, length = 1000000)
  private String results;

  protected Publication() {}

  public Publication(
      Campaign campaign,
      int number,
      Instant publishedAt,
      String publishedBy,
      String reason,
      String results) {
    this.campaign = campaign;
    this.number = number;
    this.publishedAt = publishedAt;
    this.publishedBy = publishedBy;
    this.reason = reason;
    this.results = results;
  }

  public int getNumber() {
    return number;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public String getReason() {
    return reason;
  }

  public String getResults() {
    return results;
  }
}
