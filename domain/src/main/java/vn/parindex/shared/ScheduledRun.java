package vn.parindex.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A scheduled job's run on a day, claimed by the first server of a cluster to reach it: its key is
 * the job and the day, so the database lets one server have it.
 */
@Entity
@Table(name = "scheduled_run")
public class ScheduledRun {
  @Id
  @Column(length = 80)
  private String id;

  @Column(nullable = false, length = 60)
  private String job;

  @Column(name = "run_on", nullable = false)
  private LocalDate runOn;

  @Column(name = "claimed_by", nullable = false, length = 200)
  private String claimedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "claimed_at", nullable = false)
  private Instant claimedAt;

  protected ScheduledRun() {}

  public ScheduledRun(String job, LocalDate runOn, String claimedBy, Instant claimedAt) {
    this.id = job + "@" + runOn;
    this.job = job;
    this.runOn = runOn;
    this.claimedBy = claimedBy;
    this.claimedAt = claimedAt;
  }

  public String getId() {
    return id;
  }

  public String getJob() {
    return job;
  }

  public LocalDate getRunOn() {
    return runOn;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public Instant getClaimedAt() {
    return claimedAt;
  }
}
