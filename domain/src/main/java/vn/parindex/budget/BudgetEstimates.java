package vn.parindex.budget;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Violation;

/**
 * The budget estimates of the exercise: Sở Nội vụ drafts one a year with Sở Tài chính, records the
 * amount approved and what was spent; viewers read them. A unit's own people have no part in them.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
public class BudgetEstimates {
  private static final Logger LOG = Logger.getLogger(BudgetEstimates.class.getName());

  /** The most a line may cost, or the estimate be approved for: a thousand billion đồng. */
  static final long MAX_AMOUNT = 1_000_000_000_000L;

  /** The most lines an estimate holds: a few dozen in practice. */
  static final int MAX_LINES = 500;

  @Inject BudgetRepository repository;
  @Inject Clock clock;
  @Resource SessionContext session;

  /**
   * A line as typed.
   *
   * @param spent what was spent against it, 0 if nothing yet
   */
  public record LineInput(
      BudgetGroup group,
      String content,
      String measure,
      BigDecimal quantity,
      Long unitCost,
      String legalBasis,
      Long spent) {}

  public List<BudgetEstimate> all() {
    return repository.all();
  }

  public BudgetEstimate get(long id) {
    return repository
        .find(id)
        .orElseThrow(() -> new NotFoundException("budget.notFound", String.valueOf(id)));
  }

  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public BudgetEstimate create(Integer year, String title) {
    List<Violation> problems = new ArrayList<>();
    if (year == null || year < 2000 || year > 2100) {
      problems.add(Violation.ofField("year", "timeliness.year.invalid"));
    }
    String name = Violation.typed("title", title, 300, true, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    BudgetEstimate estimate = new BudgetEstimate(year, name, username(), clock.instant());
    repository.add(estimate);
    LOG.info(() -> "Budget estimate " + name + " (" + year + ") created by " + username());
    return estimate;
  }

  /**
   * Replaces the estimate's title, approval and lines: all of it or nothing.
   *
   * @param version the version the caller read
   */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public BudgetEstimate save(
      long id,
      long version,
      String title,
      Long approvedAmount,
      String approvalRef,
      List<LineInput> lines) {
    BudgetEstimate estimate = read(id, version);
    List<Violation> problems = new ArrayList<>();
    String name = Violation.typed("title", title, 300, true, problems);
    String ref = Violation.typed("approvalRef", approvalRef, 300, false, problems);
    if (approvedAmount != null) {
      amount("approvedAmount", approvedAmount, problems);
    }
    List<BudgetLine> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = line("lines[" + i + "].", lines.get(i), problems);
      if (line != null) {
        kept.add(line);
      }
    }
    if (lines.size() > MAX_LINES) {
      problems.add(Violation.ofField("lines", "budget.lines.tooMany", MAX_LINES));
    } else if (kept.stream().mapToLong(BudgetLine::amount).sum() > MAX_AMOUNT) {
      problems.add(Violation.ofField("lines", "budget.amount.range"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    estimate.replace(name, approvedAmount, ref, kept, username(), clock.instant());
    return estimate;
  }

  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public void delete(long id, long version) {
    repository.remove(read(id, version));
  }

  /** The estimate as the caller read it: 404 when there is none, 409 when it changed since. */
  private BudgetEstimate read(long id, long version) {
    BudgetEstimate estimate = get(id);
    if (estimate.getVersion() != version) {
      throw new ConflictException("error.stale");
    }
    return estimate;
  }

  /** A checked line, or null with its problems added, each named {@code prefix} + its field. */
  private static BudgetLine line(String prefix, LineInput in, List<Violation> problems) {
    int before = problems.size();
    if (in == null || in.group() == null) {
      problems.add(Violation.ofField(prefix + "group", "budget.line.group"));
      return null;
    }
    String content = Violation.typed(prefix + "content", in.content(), 500, true, problems);
    String measure = Violation.typed(prefix + "measure", in.measure(), 50, false, problems);
    String basis = Violation.typed(prefix + "legalBasis", in.legalBasis(), 1000, false, problems);
    BigDecimal quantity = in.quantity();
    if (quantity == null
        || quantity.signum() <= 0
        || quantity.compareTo(BigDecimal.valueOf(1_000_000)) > 0
        || quantity.stripTrailingZeros().scale() > 2) {
      problems.add(Violation.ofField(prefix + "quantity", "budget.line.quantity"));
    }
    long cost = in.unitCost() == null ? -1 : in.unitCost();
    amount(prefix + "unitCost", cost, problems);
    long spent = in.spent() == null ? 0 : in.spent();
    amount(prefix + "spent", spent, problems);
    if (problems.size() > before) {
      return null;
    }
    BudgetLine line = new BudgetLine(in.group(), content, measure, quantity, cost, basis, spent);
    if (line.amount() > MAX_AMOUNT) {
      problems.add(Violation.ofField(prefix + "unitCost", "budget.amount.range"));
      return null;
    }
    return line;
  }

  /** An amount in đồng from 0 to {@link #MAX_AMOUNT}, or a problem. */
  private static void amount(String field, long value, List<Violation> problems) {
    if (value < 0 || value > MAX_AMOUNT) {
      problems.add(Violation.ofField(field, "budget.amount.range"));
    }
  }

  private String username() {
    return session.getCallerPrincipal().getName();
  }
}
