package vn.parindex.web.framework;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.parindex.framework.Framework;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkService;
import vn.parindex.framework.Method;
import vn.parindex.framework.NodeRow;
import vn.parindex.framework.RuleType;
import vn.parindex.framework.RuleWords;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.MessageKey;
import vn.parindex.shared.NotFoundException;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.FindingView;
import vn.parindex.web.shell.Messages;

/**
 * {@code app/frameworks/tree.xhtml?id=…}: the criteria tree with points rolled up, the problems
 * that block publishing, and, while the framework is a DRAFT, editing of one node at a time.
 * Publishing and creating a new version start here too.
 */
@Named
@ViewScoped
public class EditFramework implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FrameworkService service;
  @Inject FacesMessages messages;
  @Inject Messages bundle;

  private Long id;
  private Framework framework;
  // The concrete tree, which serialises (the interface does not say so).
  private DefaultTreeNode<NodeView> root;
  private List<FindingView> problems = List.of();
  private NodeForm form;
  private String copyCode;
  private Integer copyFromYear;
  private Integer copyToYear;

  /**
   * A node as the tree shows it, with the sum of its children beside its own points. A class with
   * getters, because Faces 4.0's EL does not read record components.
   */
  public static final class NodeView implements Serializable {
    private static final long serialVersionUID = 1L;
    private final FrameworkNode node;
    private final BigDecimal childrenSum;

    NodeView(FrameworkNode node, BigDecimal childrenSum) {
      this.node = node;
      this.childrenSum = childrenSum;
    }

    public String getCode() {
      return node.getCode();
    }

    public String getKind() {
      return node.getKind().name();
    }

    public BigDecimal getMax() {
      return node.getMaxScore();
    }

    public BigDecimal getChildrenSum() {
      return childrenSum;
    }

    public String getMethod() {
      return node.getMethod().name();
    }

    public String getRule() {
      return node.getRuleType() == null ? null : node.getRuleType().name();
    }

    /** The rule in words: a coordinator reads the tree as the officers will read their leaves. */
    public List<MessageKey> getRuleWords() {
      return node.rule() == null ? List.of() : RuleWords.of(node.rule(), node.getMaxScore());
    }

    public boolean isVerified() {
      return node.isVerified();
    }

    public boolean isSumMismatch() {
      BigDecimal max = node.getMaxScore();
      return childrenSum != null && (max == null || childrenSum.compareTo(max) != 0);
    }

    public String title(String language) {
      return "en".equals(language) && node.getNameEn() != null
          ? node.getNameEn()
          : node.getNameVi();
    }
  }

  /** The editable values of one node; code and place in the tree are fixed. */
  public static class NodeForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private long version;
    private String nameVi;
    private String nameEn;
    private String max;
    private String method;
    private String rule;
    private String ruleParams;
    private String notes;
    private String scoringGuidance;
    private String evidenceGuidance;
    private boolean leaf;

    public String getCode() {
      return code;
    }

    public boolean isLeaf() {
      return leaf;
    }

    public String getNameVi() {
      return nameVi;
    }

    public void setNameVi(String nameVi) {
      this.nameVi = nameVi;
    }

    public String getNameEn() {
      return nameEn;
    }

    public void setNameEn(String nameEn) {
      this.nameEn = nameEn;
    }

    public String getMax() {
      return max;
    }

    public void setMax(String max) {
      this.max = max;
    }

    public String getMethod() {
      return method;
    }

    public void setMethod(String method) {
      this.method = method;
    }

    public String getRule() {
      return rule;
    }

    public void setRule(String rule) {
      this.rule = rule;
    }

    public String getRuleParams() {
      return ruleParams;
    }

    public void setRuleParams(String ruleParams) {
      this.ruleParams = ruleParams;
    }

    public String getNotes() {
      return notes;
    }

    public void setNotes(String notes) {
      this.notes = notes;
    }

    public String getScoringGuidance() {
      return scoringGuidance;
    }

    public void setScoringGuidance(String scoringGuidance) {
      this.scoringGuidance = scoringGuidance;
    }

    public String getEvidenceGuidance() {
      return evidenceGuidance;
    }

    public void setEvidenceGuidance(String evidenceGuidance) {
      this.evidenceGuidance = evidenceGuidance;
    }
  }

  /** The view action: loads the framework named by the {@code id} parameter. */
  public void load() {
    if (id == null) {
      throw new NotFoundException("framework.notFound", "");
    }
    framework = service.get(id);
    problems = FindingView.of(service.problems(id), bundle, locale());
    root = tree(framework.getNodes());
  }

  private static DefaultTreeNode<NodeView> tree(List<FrameworkNode> nodes) {
    Map<String, BigDecimal> sums = new HashMap<>();
    for (FrameworkNode n : nodes) {
      if (n.getParentCode() != null) {
        BigDecimal max = n.getMaxScore() == null ? BigDecimal.ZERO : n.getMaxScore();
        sums.merge(n.getParentCode(), max, BigDecimal::add);
      }
    }
    DefaultTreeNode<NodeView> root = new DefaultTreeNode<>(null, null);
    Map<String, TreeNode<NodeView>> byCode = new HashMap<>();
    for (FrameworkNode n : nodes) {
      NodeView view = new NodeView(n, sums.get(n.getCode()));
      TreeNode<NodeView> parent =
          n.getParentCode() == null ? root : byCode.getOrDefault(n.getParentCode(), root);
      TreeNode<NodeView> node = new DefaultTreeNode<>(view, parent);
      node.setExpanded(true);
      byCode.put(n.getCode(), node);
    }
    return root;
  }

  public void startEdit(String code) {
    FrameworkNode node = framework.node(code).orElseThrow();
    form = new NodeForm();
    form.code = code;
    form.version = node.getVersion();
    form.leaf = node.isLeaf();
    form.nameVi = node.getNameVi();
    form.nameEn = node.getNameEn();
    form.max = node.getMaxScore() == null ? null : node.getMaxScore().toPlainString();
    form.method = node.getMethod().name();
    form.rule = node.getRuleType() == null ? null : node.getRuleType().name();
    form.ruleParams = node.getRuleParams();
    form.notes = node.getNotes();
    form.scoringGuidance = node.getScoringGuidance();
    form.evidenceGuidance = node.getEvidenceGuidance();
  }

  /** Saves the node; the whole tree is checked again with it, and an error saves nothing. */
  public void saveNode() {
    NodeRow edited =
        new NodeRow(
            0,
            form.code,
            "",
            "",
            nz(form.nameVi),
            nz(form.nameEn),
            nz(form.max).strip().replace(',', '.'),
            nz(form.method),
            nz(form.notes),
            form.leaf ? nz(form.rule) : "",
            form.leaf ? nz(form.ruleParams) : "",
            nz(form.scoringGuidance),
            nz(form.evidenceGuidance));
    try {
      service.editNode(id, edited, form.version);
      messages.info("frameworks.node.saved", form.code);
      form = null;
      load();
    } catch (InvalidInputException e) {
      // The node's problems, told in the framework checker's words beside each field.
      for (FindingView f : FindingView.ofViolations(e.violations(), bundle, locale())) {
        messages.error(
            "nodeForm:" + formField(f.getColumn()),
            "frameworks.node.problem",
            f.getCode() == null ? "" : f.getCode(),
            f.getText());
      }
    }
  }

  public void publish() {
    try {
      service.publish(id);
      messages.info("frameworks.published", framework.getCode());
    } catch (InvalidInputException e) {
      // The framework's problems are listed on the page itself; the message only counts them.
      messages.error(null, "frameworks.publish.blocked", e.violations().size());
    } finally {
      load();
    }
  }

  /** A published framework whose years are over stays readable but is no longer offered. */
  public void retire() {
    service.retire(id);
    messages.info("frameworks.retired", framework.getCode());
    load();
  }

  public String copy() {
    Framework copy = service.copy(id, copyCode, copyFromYear, copyToYear);
    messages.flashInfo("frameworks.copied", copy.getCode());
    return "/app/frameworks/tree?faces-redirect=true&id=" + copy.getId();
  }

  /** The form input that shows a finding about a column of the table. */
  private static String formField(String column) {
    if (column == null) {
      return "max";
    }
    return switch (column) {
      case "name_vi" -> "nameVi";
      case "name_en" -> "nameEn";
      case "method" -> "method";
      case "rule" -> "rule";
      case "rule_params" -> "ruleParams";
      default -> "max";
    };
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public long getErrorCount() {
    return problems.stream().filter(FindingView::isError).count();
  }

  public Method[] getMethods() {
    return Method.values();
  }

  public RuleType[] getRules() {
    return RuleType.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Framework getFramework() {
    return framework;
  }

  public TreeNode<NodeView> getRoot() {
    return root;
  }

  public List<FindingView> getProblems() {
    return problems;
  }

  public NodeForm getForm() {
    return form;
  }

  public String getCopyCode() {
    return copyCode;
  }

  public void setCopyCode(String copyCode) {
    this.copyCode = copyCode;
  }

  public Integer getCopyFromYear() {
    return copyFromYear;
  }

  public void setCopyFromYear(Integer copyFromYear) {
    this.copyFromYear = copyFromYear;
  }

  public Integer getCopyToYear() {
    return copyToYear;
  }

  public void setCopyToYear(Integer copyToYear) {
    this.copyToYear = copyToYear;
  }
}
