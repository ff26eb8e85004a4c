package vn.parindex.campaign;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import vn.parindex.framework.Framework;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.Method;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.ranking.Bands;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.Text;

/**
 * One year's run of a published framework (đợt đánh giá): its subjects, its dates, who leads which
 * criteria, and the focal pairs. The assignment is kept as rules and resolved when read, so that it
 * can never disagree with the rules it came from.
 */
@Entity
@Table(name = "campaign")
public class Campaign implements Serializable {
  @Id
  @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 300)
  private String name;

  @Column(name = "campaign_year", nullable = false)
  private int year;

  @ManyToOne(optional = false)
  @JoinColumn(name = "framework_id")
  private Framework framework;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CampaignKind kind;

  @Embedded private Stages stages = new Stages();

  @Embedded private Phases phases;

  /** The most bonus and penalty points a subject may get (null: no cap). */
  @Column(name = "bonus_cap", precision = 7, scale = 2)
  private BigDecimal bonusCap;

  @Column(name = "penalty_cap", precision = 7, scale = 2)
  private BigDecimal penaltyCap;

  /** The campaign this one was cloned from: last year's scores and ranks come from there. */
  @ManyToOne
  @JoinColumn(name = "previous_id")
  private Campaign previous;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * Whether a unit's work needs two people: whoever sent it cannot also approve it. On by default;
   * a commune where one official holds both roles may have it off.
   */
  @Column(name = "four_eyes", nullable = false)
  private boolean fourEyes = true;

  /**
   * Whether its published results are open: readable by anyone, on the public page and as open
   * data. Sở Nội vụ decides; only published versions are ever shown.
   */
  @Column(name = "open_results", nullable = false)
  private boolean openResults;

  @ManyToMany
  @JoinTable(
      name = "campaign_subject",
      joinColumns = @JoinColumn(name = "campaign_id"),
      inverseJoinColumns = @JoinColumn(name = "unit_id"))
  private List<OrganisationUnit> subjects = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "campaign_rule", joinColumns = @JoinColumn(name = "campaign_id"))
  @OrderBy("rowNo")
  private List<StoredRule> rules = new ArrayList<>();

  @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<FocalPair> focalPairs = new ArrayList<>();

  /** The classification bands of the results; none stored means the default ones. */
  @ElementCollection
  @CollectionTable(name = "campaign_band", joinColumns = @JoinColumn(name = "campaign_id"))
  private List<StoredBand> bands = new ArrayList<>();

  /**
   * The rules resolved, kept for the life of this loaded instance: a page asks for the leads, the
   * self leaves and the assignment several times per request (a sixth of the consolidation's
   * processor time went to resolving them again). Cleared when the rules change.
   */
  @Transient private transient Assignments.Result resolved;

  protected Campaign() {}

  public Campaign(
      String name,
      int year,
      Framework framework,
      CampaignKind kind,
      Phases phases,
      List<OrganisationUnit> subjects,
      Instant createdAt) {
    this.name = Text.nfc(name);
    this.year = year;
    this.framework = framework;
    this.kind = kind;
    this.phases = phases == null ? new Phases() : phases;
    this.subjects = new ArrayList<>(subjects);
    this.createdAt = createdAt;
  }

  /**
   * The next year's campaign: same framework, subjects, rules and focal pairs, each unit merged
   * away since replaced by its successor; nothing scored.
   */
  public Campaign cloneInto(
      String name, int nextYear, Framework nextFramework, Instant now, Succession succession) {
    Campaign next =
        new Campaign(
            name,
            nextYear,
            nextFramework,
            kind,
            phases.plusYears(nextYear - year),
            succession.subjects(subjects),
            now);
    next.previous = this;
    next.fourEyes = fourEyes;
    next.rules = new ArrayList<>(rules.stream().map(succession::rule).toList());
    focalPairs.forEach(p -> next.focalPairs.add(p.copyInto(next, now)));
    return next;
  }

  public void ensureDraft() {
    if (stages.status() != CampaignStatus.DRAFT) {
      throw new ConflictException("campaign.notDraft", name);
    }
  }

  void replaceRules(List<AssignmentRow> rows) {
    ensureDraft();
    rules = new ArrayList<>(rows.stream().map(StoredRule::new).toList());
    resolved = null;
  }

  void open() {
    ensureDraft();
    stages.open();
  }

  /** See {@link Stages}: each step refuses what may not follow where the campaign stands. */
  public void startAppraisalRound() {
    stages.startAppraisalRound(kind);
  }

  public void openExplanationWindow() {
    stages.openExplanationWindow();
  }

  public void sendToMinistry() {
    stages.sendToMinistry(kind);
  }

  public void finalise() {
    stages.finalise(kind);
  }

  public void publish() {
    stages.publish(kind);
  }

  public void close() {
    stages.close(kind);
  }

  public void reopenForCorrection(Collection<String> subjectCodes) {
    stages.reopenForCorrection(kind, subjectCodes);
  }

  /** The subjects reopened to correct the published results; empty when none is. */
  public Set<String> getCorrecting() {
    return stages.correcting();
  }

  /**
   * The caps on bonus and penalty points and the classification bands; refused once the council has
   * approved the results.
   */
  public void setResultSettings(BigDecimal bonusCap, BigDecimal penaltyCap, Bands bands) {
    CampaignStatus status = stages.status();
    if (status == CampaignStatus.FINALISED
        || status == CampaignStatus.PUBLISHED
        || status == CampaignStatus.CLOSED) {
      throw new ConflictException("campaign.transition", status.name(), "SETTINGS");
    }
    this.bonusCap = bonusCap;
    this.penaltyCap = penaltyCap;
    this.bands =
        new ArrayList<>(
            bands.bands().stream().map(b -> new StoredBand(b.name(), b.from())).toList());
  }

  public Bands getBands() {
    return bands.isEmpty()
        ? Bands.DEFAULT
        : new Bands(bands.stream().map(b -> new Bands.Band(b.getName(), b.getFrom())).toList());
  }

  FocalPair focalPairFor(OrganisationUnit unit) {
    return focalPair(unit.getCode())
        .orElseGet(
            () -> {
              FocalPair pair = new FocalPair(this, unit);
              focalPairs.add(pair);
              return pair;
            });
  }

  public Optional<FocalPair> focalPair(String unitCode) {
    return focalPairs.stream().filter(p -> p.getUnit().getCode().equals(unitCode)).findFirst();
  }

  public List<AssignmentRow> ruleRows() {
    return rules.stream().map(StoredRule::toRow).toList();
  }

  /** The leaves someone must self-score: SELF leaves, in code order. */
  public List<FrameworkNode> selfLeaves() {
    return framework.getNodes().stream()
        .filter(n -> n.isLeaf() && n.getMethod() == Method.SELF)
        .toList();
  }

  /** Who leads each SELF leaf, with conflicts and gaps. */
  public Assignments.Result assignments() {
    if (resolved == null) {
      resolved =
          Assignments.resolve(
              selfLeaves().stream().map(FrameworkNode::getCode).toList(), ruleRows());
    }
    return resolved;
  }

  /** Each self-scored leaf's lead unit by the leaf's code; a leaf without one is absent. */
  public Map<String, String> leadsByNode() {
    Map<String, String> leads = new HashMap<>();
    for (Assignments.Assignment a : assignments().assignments()) {
      if (a.leadUnitCode() != null) {
        leads.put(a.nodeCode(), a.leadUnitCode());
      }
    }
    return leads;
  }

  /**
   * The units that answer for leaves in this campaign, in code order: its subjects (INTERNAL) or
   * the units that lead its leaves (PROVINCIAL). They nominate focal pairs and are told its dates.
   */
  public SortedSet<String> responsibleUnitCodes() {
    SortedSet<String> codes = new TreeSet<>();
    if (kind == CampaignKind.INTERNAL) {
      subjects.forEach(s -> codes.add(s.getCode()));
    } else {
      assignments().assignments().forEach(a -> codes.add(a.leadUnitCode()));
    }
    return codes;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public int getYear() {
    return year;
  }

  public Framework getFramework() {
    return framework;
  }

  public CampaignKind getKind() {
    return kind;
  }

  public CampaignStatus getStatus() {
    return stages.status();
  }

  public boolean isDraft() {
    return stages.status() == CampaignStatus.DRAFT;
  }

  /** Published (INTERNAL) or closed (PROVINCIAL): nobody has anything left to do in it. */
  public boolean isOver() {
    return getStatus() == CampaignStatus.PUBLISHED || getStatus() == CampaignStatus.CLOSED;
  }

  public int getAppraisalRound() {
    return stages.appraisalRound();
  }

  public BigDecimal getBonusCap() {
    return bonusCap;
  }

  public BigDecimal getPenaltyCap() {
    return penaltyCap;
  }

  /**
   * The campaign's dates; none set reads as empty dates, never null (JPA loads an embeddable whose
   * columns are all null as null).
   */
  public Phases getPhases() {
    return phases == null ? new Phases() : phases;
  }

  public Campaign getPrevious() {
    return previous;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<OrganisationUnit> getSubjects() {
    return subjects.stream().sorted(Comparator.comparing(OrganisationUnit::getCode)).toList();
  }

  public List<FocalPair> getFocalPairs() {
    return List.copyOf(focalPairs);
  }

  public boolean isFourEyes() {
    return fourEyes;
  }

  public boolean isOpenResults() {
    return openResults;
  }

  public void openResults(boolean open) {
    this.openResults = open;
  }

  public void setFourEyes(boolean fourEyes) {
    this.fourEyes = fourEyes;
  }
}
