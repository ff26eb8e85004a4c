package vn.parindex.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.organisation.UnitKind;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.Text;

/**
 * A criteria set (bộ chỉ số) for one target group over a span of years, with its tree of nodes. A
 * PUBLISHED framework never changes: a new year or a new decision is a clone.
 */
@Entity
@Table(name = "framework")
public class Framework implements Serializable {
  @Id
  @SequenceGenerator(name = "framework_seq", sequenceName = "framework_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "framework_seq")
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true, length = 50)
  private String code;

  @Column(name = "name_vi", nullable = false, length = 500)
  private String nameVi;

  @Column(name = "legal_number", length = 100)
  private String legalNumber;

  @Column(name = "legal_date")
  private LocalDate legalDate;

  @Column(name = "legal_issuer", length = 300)
  private String legalIssuer;

  @Column(name = "from_year", nullable = false)
  private int fromYear;

  @Column(name = "to_year")
  private Integer toYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_group", nullable = false, length = 20)
  private UnitKind targetGroup;

  @Column(nullable = false, precision = 7, scale = 2)
  private BigDecimal total;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private FrameworkStatus status = FrameworkStatus.DRAFT;

  /** True while titles, points or methods are missing, which blocks publishing. */
  @Column(nullable = false)
  private boolean incomplete;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<FrameworkNode> nodes = new ArrayList<>();

  /**
   * The nodes sorted once per loaded framework: every page and list of a campaign asks for them,
   * and sorting 150 codes by their numeric segments took a fifth of a workspace request's time.
   * Only {@link #replaceNodes} changes which codes there are.
   */
  @Transient private List<FrameworkNode> ordered;

  protected Framework() {}

  public Framework(FrameworkHeader header, Instant createdAt) {
    this.code = header.code();
    this.nameVi = Text.nfc(header.nameVi());
    this.legalNumber = Text.nfc(header.legalNumber());
    this.legalDate = header.legalDate();
    this.legalIssuer = Text.nfc(header.legalIssuer());
    this.fromYear = header.fromYear();
    this.toYear = header.toYear();
    this.targetGroup = header.targetGroup();
    this.total = Points.of(header.total());
    this.createdAt = createdAt;
  }

  public void ensureDraft() {
    if (status != FrameworkStatus.DRAFT) {
      throw new ConflictException("framework.notDraft", code);
    }
  }

  /** Replaces the whole tree by a validated one (an import into a draft). */
  public void replaceNodes(List<NodeSpec> specs, boolean incomplete) {
    ensureDraft();
    Map<String, FrameworkNode> existing =
        nodes.stream().collect(Collectors.toMap(FrameworkNode::getCode, Function.identity()));
    List<FrameworkNode> replacement = new ArrayList<>();
    for (NodeSpec spec : specs) {
      FrameworkNode node = existing.get(spec.code());
      if (node == null) {
        node = new FrameworkNode(this, spec);
      } else {
        node.apply(spec);
      }
      replacement.add(node);
    }
    nodes.clear();
    nodes.addAll(replacement);
    ordered = null;
    this.incomplete = incomplete;
  }

  /** Changes one node to a validated spec. */
  void updateNode(NodeSpec spec, boolean incomplete) {
    ensureDraft();
    node(spec.code()).orElseThrow().apply(spec);
    this.incomplete = incomplete;
  }

  public void publish(Instant now) {
    ensureDraft();
    status = FrameworkStatus.PUBLISHED;
    publishedAt = now;
  }

  public void retire() {
    if (status != FrameworkStatus.PUBLISHED) {
      throw new ConflictException("framework.notPublished", code);
    }
    status = FrameworkStatus.RETIRED;
  }

  /** The nodes in code order (1, 1.1, 1.1.1, 1.2 … 1.10). */
  public List<FrameworkNode> getNodes() {
    if (ordered == null || ordered.size() != nodes.size()) {
      ordered =
          nodes.stream()
              .sorted(Comparator.comparing(FrameworkNode::getCode, NodeCode.ORDER))
              .toList();
    }
    return ordered;
  }

  public List<NodeSpec> specs() {
    return getNodes().stream().map(FrameworkNode::spec).toList();
  }

  public Optional<FrameworkNode> node(String code) {
    return nodes.stream().filter(n -> n.getCode().equals(code)).findFirst();
  }

  public FrameworkHeader header() {
    return new FrameworkHeader(
        code, nameVi, legalNumber, legalDate, legalIssuer, fromYear, toYear, targetGroup, total);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getCode() {
    return code;
  }

  public String getNameVi() {
    return nameVi;
  }

  public String getLegalNumber() {
    return legalNumber;
  }

  public LocalDate getLegalDate() {
    return legalDate;
  }

  public String getLegalIssuer() {
    return legalIssuer;
  }

  public int getFromYear() {
    return fromYear;
  }

  public Integer getToYear() {
    return toYear;
  }

  public UnitKind getTargetGroup() {
    return targetGroup;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public FrameworkStatus getStatus() {
    return status;
  }

  public boolean isIncomplete() {
    return incomplete;
  }

  /** Whether this is the bundled sample, whose points and most titles are not official data. */
  public boolean isSample() {
    return DemoFramework.CODE.equals(code);
  }

  public boolean isDraft() {
    return status == FrameworkStatus.DRAFT;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
