package vn.parindex.plan;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.shared.Clocks;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.ForbiddenException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Violation;
import vn.parindex.shared.adapter.TableFile;

/**
 * The plans and their tasks as written: Sở Nội vụ enters the province's plans and a unit its own,
 * each with its header and its tasks, typed or imported from the plan's appendix table.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class PlanBook {
  private static final Logger LOG = Logger.getLogger(PlanBook.class.getName());

  /** The fields a typed task names its problems by, where they differ from the table's columns. */
  private static final Map<String, String> FIELDS =
      Map.of("no", "number", "lead_unit", "leadCode", "partner_units", "partners");

  @Inject PlanRepository repository;
  @Inject UnitRepository units;
  @Inject CampaignService campaignService;
  @Inject Clock clock;
  @Resource SessionContext session;

  /** A plan's header as typed; the kind and owner count only when it is created. */
  public record PlanInput(
      PlanKind kind,
      String ownerCode,
      String number,
      LocalDate issuedOn,
      String issuer,
      Integer year,
      String title) {}

  /** A plan in the year's list, with where its tasks stand. */
  public record PlanLine(Plan plan, PlanTally tally) {}

  /** A task with where it stands today and by how many days it is late. */
  public record TaskLine(PlanTask task, TaskState state, int daysLate) {
    public static TaskLine of(PlanTask task, LocalDate today) {
      return new TaskLine(task, task.state(today), task.daysLate(today));
    }
  }

  /**
   * A plan as its page shows it.
   *
   * @param editable whether the caller may change its header and tasks
   */
  public record PlanView(
      Plan plan,
      boolean editable,
      List<TaskLine> tasks,
      PlanTally tally,
      List<PlanReminder> reminders) {}

  /** How many tasks a table added and how many it changed. */
  public record Imported(int added, int updated) {}

  /** The plans of a year the caller may read, each with its tally, in one read of the tasks. */
  public List<PlanLine> plans(int year) {
    CampaignAccess.Caller caller = campaignService.caller();
    LocalDate today = today();
    Map<Long, List<TaskState>> states = new HashMap<>();
    for (PlanTask t : repository.tasksOfYear(year)) {
      states.computeIfAbsent(t.getPlan().getId(), k -> new ArrayList<>()).add(t.state(today));
    }
    return repository.plans(year).stream()
        .filter(p -> PlanAccess.mayRead(caller, p))
        .map(p -> new PlanLine(p, PlanTally.of(states.getOrDefault(p.getId(), List.of()))))
        .toList();
  }

  public PlanView view(long id) {
    CampaignAccess.Caller caller = campaignService.caller();
    Plan plan = readable(id, caller);
    LocalDate today = today();
    List<TaskLine> tasks = repository.tasks(id).stream().map(t -> TaskLine.of(t, today)).toList();
    return new PlanView(
        plan,
        PlanAccess.mayWrite(caller, plan),
        tasks,
        PlanTally.of(tasks.stream().map(TaskLine::state).toList()),
        repository.reminders(id));
  }

  public Plan create(PlanInput in) {
    CampaignAccess.Caller caller = campaignService.caller();
    if (!caller.manages() && !caller.worksForUnit()) {
      // Viewers and appraisers write no plan, whatever the body says.
      throw new ForbiddenException();
    }
    List<Violation> problems = new ArrayList<>();
    if (in.kind() == null) {
      problems.add(Violation.ofField("kind", "field.required"));
    }
    OrganisationUnit owner =
        in.ownerCode() == null ? null : units.findByCode(in.ownerCode()).orElse(null);
    if (in.ownerCode() == null || in.ownerCode().isBlank()) {
      problems.add(Violation.ofField("ownerCode", "field.required"));
    } else if (owner == null) {
      problems.add(Violation.ofField("ownerCode", "plan.owner.unknown", in.ownerCode()));
    }
    Header header = header(in, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (!PlanAccess.mayWrite(caller, in.kind(), owner.getCode())) {
      throw new ForbiddenException();
    }
    Plan plan = new Plan(in.kind(), owner);
    header.apply(plan, caller.username(), clock.instant());
    repository.add(plan);
    LOG.info(
        () ->
            "Plan "
                + plan.getNumber()
                + " ("
                + plan.getYear()
                + ") created by "
                + caller.username());
    return plan;
  }

  /** Changes the header of a plan read at {@code version}. */
  public Plan update(long id, long version, PlanInput in) {
    Plan plan = writable(id, version);
    List<Violation> problems = new ArrayList<>();
    Header header = header(in, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    header.apply(plan, username(), clock.instant());
    return plan;
  }

  /** Deletes a plan read at {@code version} with its tasks, their reports and its reminders. */
  public void delete(long id, long version) {
    Plan plan = writable(id, version);
    repository.removePlan(plan);
    LOG.info(() -> "Plan " + plan.getNumber() + " deleted by " + username());
  }

  /**
   * Adds and updates the tasks of the plan's appendix table (CSV or XLSX): a row whose number the
   * plan already has changes that task and keeps its progress. All rows or none.
   */
  public Imported importTasks(long planId, byte[] content) {
    Plan plan = writable(planId, null);
    repository.lockTasks(planId);
    Map<String, OrganisationUnit> byCode = unitsByCode();
    List<TaskInput> rows =
        TaskTable.parse(TableFile.records(content), byCode.keySet(), plan.getYear());
    Map<Integer, PlanTask> existing =
        repository.tasks(planId).stream().collect(Collectors.toMap(PlanTask::getNumber, t -> t));
    int added = 0;
    Instant at = clock.instant();
    for (TaskInput row : rows) {
      PlanTask task = existing.get(row.number());
      if (task == null) {
        task = new PlanTask(plan, row.number());
        task.describe(row, byCode.get(row.leadCode()), username(), at);
        repository.add(task);
        added++;
      } else {
        task.describe(row, byCode.get(row.leadCode()), username(), at);
      }
    }
    Imported result = new Imported(added, rows.size() - added);
    LOG.info(() -> "Tasks of plan " + plan.getNumber() + " loaded: " + result);
    return result;
  }

  /** Adds one task; its number must be new in the plan. */
  public PlanTask addTask(long planId, TaskFields fields) {
    Plan plan = writable(planId, null);
    repository.lockTasks(planId);
    Map<String, OrganisationUnit> byCode = unitsByCode();
    TaskInput in = checked(fields, byCode.keySet(), plan.getYear());
    if (repository.tasks(planId).stream().anyMatch(t -> t.getNumber() == in.number())) {
      throw InvalidInputException.of(Violation.ofField("no", "plan.table.duplicate", in.number()));
    }
    PlanTask task = new PlanTask(plan, in.number());
    task.describe(in, byCode.get(in.leadCode()), username(), clock.instant());
    repository.add(task);
    return task;
  }

  /** Changes a task read at {@code version}; its number stays. */
  public PlanTask saveTask(long planId, long taskId, long version, TaskFields fields) {
    Plan plan = writable(planId, null);
    PlanTask task = task(planId, taskId, version);
    Map<String, OrganisationUnit> byCode = unitsByCode();
    TaskFields same =
        new TaskFields(
            task.getNumber(),
            fields.content(),
            fields.leadCode(),
            fields.deadline(),
            fields.partners(),
            fields.indicator(),
            fields.target(),
            fields.criteria());
    TaskInput in = checked(same, byCode.keySet(), plan.getYear());
    task.describe(in, byCode.get(in.leadCode()), username(), clock.instant());
    return task;
  }

  /** Takes a task read at {@code version} off the plan, with its reports. */
  public void removeTask(long planId, long taskId, long version) {
    writable(planId, null);
    repository.remove(task(planId, taskId, version));
  }

  /** The plan if the caller may read it: 404 when there is none, 403 when it is another unit's. */
  Plan readable(long id, CampaignAccess.Caller caller) {
    Plan plan =
        repository
            .plan(id)
            .orElseThrow(() -> new NotFoundException("plan.notFound", String.valueOf(id)));
    if (!PlanAccess.mayRead(caller, plan)) {
      throw new ForbiddenException();
    }
    return plan;
  }

  /** The plan if the caller may change it, and, where a version is given, as read at it. */
  private Plan writable(long id, Long version) {
    CampaignAccess.Caller caller = campaignService.caller();
    Plan plan = readable(id, caller);
    if (!PlanAccess.mayWrite(caller, plan)) {
      throw new ForbiddenException();
    }
    if (version != null && plan.getVersion() != version) {
      throw new ConflictException("error.stale");
    }
    return plan;
  }

  private PlanTask task(long planId, long taskId, long version) {
    PlanTask task =
        repository
            .task(planId, taskId)
            .orElseThrow(() -> new NotFoundException("plan.task.notFound", taskId));
    if (task.getVersion() != version) {
      throw new ConflictException("error.stale");
    }
    return task;
  }

  private static TaskInput checked(TaskFields fields, Set<String> units, int year) {
    List<Violation> problems = new ArrayList<>();
    TaskInput in =
        TaskChecks.check(
            fields,
            units,
            year,
            (column, key, args) ->
                problems.add(Violation.ofField(FIELDS.getOrDefault(column, column), key, args)));
    if (in == null) {
      throw new InvalidInputException(problems);
    }
    return in;
  }

  /** A plan's header, checked. */
  private record Header(String number, LocalDate issuedOn, String issuer, int year, String title) {
    void apply(Plan plan, String by, Instant at) {
      plan.describe(number, issuedOn, issuer, year, title, by, at);
    }
  }

  private static Header header(PlanInput in, List<Violation> problems) {
    String number = Violation.typed("number", in.number(), 50, true, problems);
    String issuer = Violation.typed("issuer", in.issuer(), 300, false, problems);
    String title = Violation.typed("title", in.title(), 500, true, problems);
    Integer year = in.year();
    if (year == null || year < 2000 || year > 2100) {
      problems.add(Violation.ofField("year", "timeliness.year.invalid"));
      year = 0;
    }
    if (in.issuedOn() != null && Math.abs(in.issuedOn().getYear() - year) > 1) {
      problems.add(Violation.ofField("issuedOn", "plan.issuedOn.year", year - 1, year + 1));
    }
    return new Header(number, in.issuedOn(), issuer, year, title);
  }

  private Map<String, OrganisationUnit> unitsByCode() {
    return units.findAll().stream().collect(Collectors.toMap(OrganisationUnit::getCode, u -> u));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Clocks.VIETNAM));
  }

  private String username() {
    return session.getCallerPrincipal().getName();
  }
}
