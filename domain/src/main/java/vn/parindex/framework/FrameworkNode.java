package vn.parindex.framework;

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
import java.io.Serializable;
import java.math.BigDecimal;

/** A field, criterion or sub-criterion of a framework. Leaves are what gets scored. */
@Entity
@Table(name = "framework_node")
public class FrameworkNode implements Serializable {
  @Id
  @SequenceGenerator(
      name = "framework_node_seq",
      sequenceName = "framework_node_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "framework_node_seq")
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "framework_id")
  private Framework framework;

  @Column(nullable = false, length = 20)
  private String code;

  @Column(name = "parent_code", length = 20)
  private String parentCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NodeKind kind;

  @Column(name = "name_vi", length = 1000)
  private String nameVi;

  @Column(name = "name_en", length = 1000)
  private String nameEn;

  @Column(name = "max_score", precision = 7, scale = 2)
  private BigDecimal maxScore;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Method method;

  @Column(length = 2000)
  private String notes;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_type", length = 20)
  private RuleType ruleType;

  @Column(name = "rule_params", length = 500)
  private String ruleParams;

  @Column(name = "scoring_guidance", length = 4000)
  private String scoringGuidance;

  @Column(name = "evidence_guidance", length = 4000)
  private String evidenceGuidance;

  @Column(nullable = false)
  private boolean leaf;

  protected FrameworkNode() {}

  FrameworkNode(Framework framework, NodeSpec spec) {
    this.framework = framework;
    this.code = spec.code();
    apply(spec);
  }

  /** Takes the validated values; the code and the place in the tree never change. */
  void apply(NodeSpec spec) {
    this.parentCode = spec.parentCode();
    this.kind = spec.kind();
    this.nameVi = spec.nameVi();
    this.nameEn = spec.nameEn();
    this.maxScore = spec.max();
    this.method = spec.method();
    this.notes = spec.notes();
    this.ruleType = spec.ruleType();
    this.ruleParams = spec.ruleParams();
    this.scoringGuidance = spec.scoringGuidance();
    this.evidenceGuidance = spec.evidenceGuidance();
    this.leaf = spec.leaf();
  }

  public NodeSpec spec() {
    return new NodeSpec(
        code,
        parentCode,
        kind,
        nameVi,
        nameEn,
        maxScore,
        method,
        notes,
        ruleType,
        ruleParams,
        scoringGuidance,
        evidenceGuidance,
        leaf);
  }

  /** The rule this leaf is scored by; null for branches. */
  public ScoringRule rule() {
    return ruleType == null ? null : ScoringRule.parse(ruleType, ruleParams);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Framework getFramework() {
    return framework;
  }

  public String getCode() {
    return code;
  }

  public String getParentCode() {
    return parentCode;
  }

  public NodeKind getKind() {
    return kind;
  }

  public String getNameVi() {
    return nameVi;
  }

  public String getNameEn() {
    return nameEn;
  }

  public BigDecimal getMaxScore() {
    return maxScore;
  }

  public Method getMethod() {
    return method;
  }

  public String getNotes() {
    return notes;
  }

  public RuleType getRuleType() {
    return ruleType;
  }

  public String getRuleParams() {
    return ruleParams;
  }

  public String getScoringGuidance() {
    return scoringGuidance;
  }

  public String getEvidenceGuidance() {
    return evidenceGuidance;
  }

  public boolean isLeaf() {
    return leaf;
  }

  public boolean isVerified() {
    return spec().verified();
  }
}
