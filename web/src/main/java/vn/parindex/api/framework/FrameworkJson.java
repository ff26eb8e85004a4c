package vn.parindex.api.framework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.framework.Framework;
import vn.parindex.framework.FrameworkNode;

/** A framework as the API shows it; {@code nodes} only for a single framework. */
public record FrameworkJson(
    long id,
    String code,
    String nameVi,
    String status,
    String targetGroup,
    int fromYear,
    Integer toYear,
    BigDecimal total,
    boolean incomplete,
    LegalBasis legalBasis,
    List<Node> nodes,
    List<Message> warnings) {

  /** The decision that issued the framework. */
  public record LegalBasis(String number, LocalDate date, String issuer) {}

  /** One node of the tree. */
  public record Node(
      String code,
      String parentCode,
      String kind,
      String nameVi,
      String nameEn,
      BigDecimal maxScore,
      String method,
      String rule,
      String ruleParams,
      boolean verified) {
    static Node of(FrameworkNode n) {
      return new Node(
          n.getCode(),
          n.getParentCode(),
          n.getKind().name(),
          n.getNameVi(),
          n.getNameEn(),
          n.getMaxScore(),
          n.getMethod().name(),
          n.getRuleType() == null ? null : n.getRuleType().name(),
          n.getRuleParams(),
          n.isVerified());
    }
  }

  /** A warning kept with a draft, located like an error. */
  public record Message(Integer row, String column, String message) {}

  static FrameworkJson summary(Framework f) {
    return of(f, null, null);
  }

  static FrameworkJson of(Framework f, List<Node> nodes, List<Message> warnings) {
    return new FrameworkJson(
        f.getId(),
        f.getCode(),
        f.getNameVi(),
        f.getStatus().name(),
        f.getTargetGroup().name(),
        f.getFromYear(),
        f.getToYear(),
        f.getTotal(),
        f.isIncomplete(),
        new LegalBasis(f.getLegalNumber(), f.getLegalDate(), f.getLegalIssuer()),
        nodes,
        warnings);
  }

  static FrameworkJson full(Framework f, List<Message> warnings) {
    return of(f, f.getNodes().stream().map(Node::of).toList(), warnings);
  }
}
