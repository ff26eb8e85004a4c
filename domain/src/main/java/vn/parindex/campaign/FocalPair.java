package vn.parindex.campaign;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import vn.parindex.organisation.OrganisationUnit;

/**
 * The pair a unit nominates for a campaign (dispatch 6926: one leader who oversees, one experienced
 * officer who scores and logs in), with the accounts they were given.
 */
@Entity
@Table(name = "focal_pair")
public class FocalPair implements Serializable {
  @Id
  @SequenceGenerator(name = "focal_pair_seq", sequenceName = "focal_pair_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "focal_pair_seq")
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  @ManyToOne(optional = false)
  @JoinColumn(name = "unit_id")
  private OrganisationUnit unit;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "fullName", column = @Column(name = "leader_name")),
    @AttributeOverride(name = "title", column = @Column(name = "leader_title")),
    @AttributeOverride(name = "phone", column = @Column(name = "leader_phone")),
    @AttributeOverride(name = "email", column = @Column(name = "leader_email"))
  })
  private Person leader;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "fullName", column = @Column(name = "officer_name")),
    @AttributeOverride(name = "title", column = @Column(name = "officer_title")),
    @AttributeOverride(name = "phone", column = @Column(name = "officer_phone")),
    @AttributeOverride(name = "email", column = @Column(name = "officer_email"))
  })
  private Person officer;

  @Column(name = "leader_username", length = 50)
  private String leaderUsername;

  @Column(name = "officer_username", length = 50)
  private String officerUsername;

  @Column(name = "nominated_at", nullable = false)
  private Instant nominatedAt;

  protected FocalPair() {}

  FocalPair(Campaign campaign, OrganisationUnit unit) {
    this.campaign = campaign;
    this.unit = unit;
  }

  void nominate(
      Person leader, Person officer, String leaderUsername, String officerUsername, Instant at) {
    this.leader = leader;
    this.officer = officer;
    this.leaderUsername = leaderUsername;
    this.officerUsername = officerUsername;
    this.nominatedAt = at;
  }

  FocalPair copyInto(Campaign next, Instant at) {
    FocalPair copy = new FocalPair(next, unit);
    copy.nominate(leader, officer, leaderUsername, officerUsername, at);
    return copy;
  }

  public Long getId() {
    return id;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public OrganisationUnit getUnit() {
    return unit;
  }

  public Person getLeader() {
    return leader;
  }

  public Person getOfficer() {
    return officer;
  }

  public String getLeaderUsername() {
    return leaderUsername;
  }

  public String getOfficerUsername() {
    return officerUsername;
  }

  public Instant getNominatedAt() {
    return nominatedAt;
  }
}
