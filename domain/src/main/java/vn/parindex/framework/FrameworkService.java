package vn.parindex.framework;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * The coordinators' use cases for criteria frameworks: check a table, import it as a draft, edit a
 * draft, publish, clone into a new version, retire, export. Nothing is saved when a table has an
 * error; a published framework is never changed.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class FrameworkService {
  private static final Logger LOG = Logger.getLogger(FrameworkService.class.getName());
  private static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._/-]{0,49}";

  @Inject FrameworkRepository frameworks;
  @Inject Clock clock;

  @RolesAllowed(Roles.USER)
  public List<Framework> list() {
    return frameworks.findAll();
  }

  /** A framework with its tree loaded. */
  @RolesAllowed(Roles.USER)
  public Framework get(long id) {
    Framework framework = load(id);
    framework.getNodes().forEach(FrameworkNode::getCode);
    return framework;
  }

  /** Checks a header and a table without saving anything: what the import dialog previews. */
  public FrameworkValidator.Result check(FrameworkHeader header, List<NodeRow> rows) {
    List<Violation> headerProblems = validateHeader(header);
    FrameworkValidator.Result result = FrameworkValidator.validate(rows, header.total(), false);
    if (headerProblems.isEmpty()) {
      return result;
    }
    List<Finding> findings = new ArrayList<>();
    headerProblems.forEach(
        v ->
            findings.add(
                new Finding(
                    Finding.Severity.ERROR, null, v.field(), null, v.messageKey(), v.arguments())));
    findings.addAll(result.findings());
    return new FrameworkValidator.Result(findings, List.of());
  }

  /** Saves a table as a new DRAFT; any error refuses the whole file. */
  public Imported importTable(FrameworkHeader header, List<NodeRow> rows) {
    FrameworkValidator.Result result = check(header, rows);
    refuseOnErrors(result);
    if (frameworks.findByCode(header.code()).isPresent()) {
      throw new ConflictException("framework.code.taken", header.code());
    }
    Framework framework = new Framework(header, clock.instant());
    framework.replaceNodes(result.nodes(), incomplete(result.nodes(), header.total()));
    frameworks.add(framework);
    LOG.info(() -> "Framework " + header.code() + " imported with " + rows.size() + " rows");
    return new Imported(framework, result.warnings());
  }

  /** Replaces the tree of a DRAFT with a corrected table. */
  public Imported reimport(long id, List<NodeRow> rows) {
    Framework framework = load(id);
    framework.ensureDraft();
    FrameworkValidator.Result result =
        FrameworkValidator.validate(rows, framework.getTotal(), false);
    refuseOnErrors(result);
    framework.replaceNodes(result.nodes(), incomplete(result.nodes(), framework.getTotal()));
    return new Imported(framework, result.warnings());
  }

  /**
   * Changes one node of a DRAFT. The whole tree is checked again with the change, so that sums stay
   * right; {@code nodeVersion} catches an edit made meanwhile by someone else.
   */
  public Framework editNode(long id, NodeRow edited, long nodeVersion) {
    Framework framework = load(id);
    framework.ensureDraft();
    FrameworkNode node =
        framework
            .node(edited.code())
            .orElseThrow(() -> new NotFoundException("framework.node.notFound", edited.code()));
    if (node.getVersion() != nodeVersion) {
      throw new ConflictException("error.stale");
    }
    List<NodeRow> rows = new ArrayList<>(rows(framework.specs()));
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).code().equals(edited.code())) {
        NodeRow current = rows.get(i);
        rows.set(
            i,
            new NodeRow(
                current.row(),
                current.code(),
                current.parentCode(),
                current.level(),
                edited.nameVi(),
                edited.nameEn(),
                edited.maxScore(),
                edited.method(),
                edited.notes(),
                edited.rule(),
                edited.ruleParams(),
                edited.scoringGuidance(),
                edited.evidenceGuidance()));
      }
    }
    FrameworkValidator.Result result =
        FrameworkValidator.validate(rows, framework.getTotal(), FrameworkValidator.Stage.EDIT);
    refuseOnErrors(result);
    NodeSpec spec =
        result.nodes().stream()
            .filter(n -> n.code().equals(edited.code()))
            .findFirst()
            .orElseThrow();
    framework.updateNode(spec, incomplete(result.nodes(), framework.getTotal()));
    return framework;
  }

  /** What would block publishing, and the warnings: what the tree page lists under the tree. */
  public List<Finding> problems(long id) {
    Framework framework = load(id);
    return FrameworkValidator.validate(
            rows(framework.specs()), framework.getTotal(), FrameworkValidator.Stage.PUBLISH)
        .findings();
  }

  /** Publishes a complete DRAFT; what blocks it is listed, row by row. */
  public Framework publish(long id) {
    Framework framework = load(id);
    framework.ensureDraft();
    FrameworkValidator.Result result =
        FrameworkValidator.validate(rows(framework.specs()), framework.getTotal(), true);
    refuseOnErrors(result);
    framework.publish(clock.instant());
    LOG.info(() -> "Framework " + framework.getCode() + " published");
    return framework;
  }

  /** A new DRAFT with the same tree: how a published framework is "changed". */
  public Framework copy(long id, String newCode, Integer fromYear, Integer toYear) {
    Framework source = load(id);
    FrameworkHeader old = source.header();
    FrameworkHeader header =
        new FrameworkHeader(
            newCode,
            old.nameVi(),
            old.legalNumber(),
            old.legalDate(),
            old.legalIssuer(),
            fromYear,
            toYear,
            old.targetGroup(),
            old.total());
    List<Violation> problems = validateHeader(header);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (frameworks.findByCode(newCode).isPresent()) {
      throw new ConflictException("framework.code.taken", newCode);
    }
    Framework copy = new Framework(header, clock.instant());
    copy.replaceNodes(source.specs(), source.isIncomplete());
    frameworks.add(copy);
    return copy;
  }

  public Framework retire(long id) {
    Framework framework = load(id);
    framework.retire();
    return framework;
  }

  /**
   * Only a DRAFT that no campaign uses can be deleted; a published year's version is kept for ever.
   */
  public void delete(long id) {
    Framework framework = load(id);
    framework.ensureDraft();
    if (frameworks.usedByCampaign(id)) {
      throw new ConflictException("framework.inUse", framework.getCode());
    }
    frameworks.remove(framework);
  }

  @RolesAllowed(Roles.USER)
  public List<NodeRow> export(long id) {
    return rows(load(id).specs());
  }

  /** Loads a bundled table into an empty installation; see DemoFramework. */
  @PermitAll
  public boolean seedIfEmpty(FrameworkHeader header, List<NodeRow> rows, boolean publish) {
    if (frameworks.count() > 0) {
      return false;
    }
    FrameworkValidator.Result result = FrameworkValidator.validate(rows, header.total(), publish);
    refuseOnErrors(result);
    Framework framework = new Framework(header, clock.instant());
    framework.replaceNodes(result.nodes(), incomplete(result.nodes(), header.total()));
    if (publish) {
      framework.publish(clock.instant());
    }
    frameworks.add(framework);
    return true;
  }

  /** The result of an import: the framework and the warnings it keeps while a draft. */
  public record Imported(Framework framework, List<Finding> warnings) {}

  static List<NodeRow> rows(List<NodeSpec> specs) {
    return IntStream.range(0, specs.size()).mapToObj(i -> specs.get(i).toRow(i + 2)).toList();
  }

  private static boolean incomplete(List<NodeSpec> nodes, BigDecimal total) {
    return FrameworkValidator.validate(rows(nodes), total, true).hasErrors();
  }

  private static void refuseOnErrors(FrameworkValidator.Result result) {
    if (result.hasErrors()) {
      throw new InvalidInputException(
          result.errors().stream()
              .map(
                  f ->
                      new Violation(
                          f.row(),
                          f.row() == null ? null : f.column(),
                          f.row() == null ? f.column() : null,
                          f.messageKey(),
                          f.arguments()))
              .toList());
    }
  }

  private static List<Violation> validateHeader(FrameworkHeader header) {
    List<Violation> problems = new ArrayList<>();
    if (header.code() == null || !header.code().matches(CODE_PATTERN)) {
      problems.add(Violation.ofField("code", "framework.header.code"));
    }
    if (Text.nfc(header.nameVi()) == null) {
      problems.add(Violation.ofField("name", "framework.header.name"));
    }
    if (header.targetGroup() == null) {
      problems.add(Violation.ofField("targetGroup", "framework.header.targetGroup"));
    }
    if (header.fromYear() == null || header.fromYear() < 2000 || header.fromYear() > 2100) {
      problems.add(Violation.ofField("fromYear", "framework.header.fromYear"));
    } else if (header.toYear() != null && header.toYear() < header.fromYear()) {
      problems.add(Violation.ofField("toYear", "framework.header.toYear"));
    }
    if (header.total() == null || header.total().signum() <= 0) {
      problems.add(Violation.ofField("total", "framework.header.total"));
    }
    return problems;
  }

  private Framework load(long id) {
    return frameworks
        .find(id)
        .orElseThrow(() -> new NotFoundException("framework.notFound", String.valueOf(id)));
  }
}
