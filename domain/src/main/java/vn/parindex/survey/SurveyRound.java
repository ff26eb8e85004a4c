package vn.parindex.survey;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A campaign's survey round: the day by which the leaders must have answered, and the quota of a
 * unit where it is not everyone on its list.
 */
@Entity
@Table(name = "survey_round")
public class SurveyRound {
  /** The most people a unit's quota may ask for, as the table's check holds it. */
  public static final int MAX_QUOTA = 1000;

  @Id
  @Column(name = "campaign_id")
  private Long campaignId;

  @Version private long version;

  private LocalDate deadline;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "survey_quota", joinColumns = @JoinColumn(name = "campaign_id"))
  @MapKeyColumn(name = "unit_code", length = 30)
  @Column(name = "quota", nullable = false)
  private Map<String, Integer> quotas = new HashMap<>();

  protected SurveyRound() {}

  public SurveyRound(long campaignId) {
    this.campaignId = campaignId;
  }

  /** A unit's quota, or none to count everyone on its list. */
  void plan(LocalDate deadline, Map<String, Integer> quotas) {
    this.deadline = deadline;
    this.quotas.clear();
    this.quotas.putAll(quotas);
  }

  public long getCampaignId() {
    return campaignId;
  }

  public long getVersion() {
    return version;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public Map<String, Integer> getQuotas() {
    return Map.copyOf(quotas);
  }
}
