package vn.parindex.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.parindex.account.Role;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.shared.Clocks;
import vn.parindex.shared.ForbiddenException;
import vn.parindex.shared.Roles;

/**
 * Where plan tasks stand across a year's plans: a unit's own tasks, and the tasks that serve a
 * criterion, which the workspace shows beside it as a suggestion for its self-score.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class FollowPlans {
  @Inject PlanRepository repository;
  @Inject CampaignService campaignService;
  @Inject UnitHistory history;
  @Inject Clock clock;

  /** A set of tasks with where they stand. */
  public record Tasks(List<PlanBook.TaskLine> lines, PlanTally tally) {
    static Tasks of(List<PlanTask> tasks, LocalDate today) {
      List<PlanBook.TaskLine> lines =
          tasks.stream().map(t -> PlanBook.TaskLine.of(t, today)).toList();
      return new Tasks(lines, PlanTally.of(lines.stream().map(PlanBook.TaskLine::state).toList()));
    }

    public boolean isEmpty() {
      return lines.isEmpty();
    }
  }

  /** A lead unit's line: its name in the year and where the tasks it leads stand. */
  public record UnitLine(String unitCode, String name, PlanTally tally) {}

  /**
   * Every unit that leads a task in the year's plans, by code, with its tally: Sở Nội vụ and
   * viewers follow the units through it.
   */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
  public List<UnitLine> byUnit(int year) {
    LocalDate today = today();
    Map<String, List<TaskState>> states = new TreeMap<>();
    for (PlanTask t : repository.tasksOfYear(year)) {
      states.computeIfAbsent(t.getLead().getCode(), k -> new ArrayList<>()).add(t.state(today));
    }
    Map<String, String> names = history.namesIn(year);
    return states.entrySet().stream()
        .map(
            e ->
                new UnitLine(
                    e.getKey(),
                    names.getOrDefault(e.getKey(), e.getKey()),
                    PlanTally.of(e.getValue())))
        .toList();
  }

  /** The tasks a unit leads in the year's plans: its own people, Sở Nội vụ and viewers see them. */
  public Tasks ofUnit(String unitCode, int year) {
    CampaignAccess.Caller caller = campaignService.caller();
    if (!caller.seesEverything() && !unitCode.equals(caller.unitCode())) {
      throw new ForbiddenException();
    }
    return Tasks.of(
        repository.tasksOfYear(year).stream()
            .filter(t -> t.getLead().getCode().equals(unitCode))
            .toList(),
        today());
  }

  /**
   * The tasks of the year's plans that serve criterion {@code nodeCode} (or a criterion above it):
   * for the province's self-assessment those of the province's plans; for a unit's, those it leads
   * or that are in its own plan. Read by whoever sees the criterion's workspace.
   *
   * @param unitCode the unit assessed, or null for the province
   */
  public Tasks servingCriterion(int year, String unitCode, String nodeCode) {
    CampaignAccess.Caller caller = campaignService.caller();
    boolean mayRead =
        unitCode == null
            || caller.seesEverything()
            || unitCode.equals(caller.unitCode())
            || caller.roles().contains(Role.APPRAISER);
    if (!mayRead) {
      throw new ForbiddenException();
    }
    return Tasks.of(
        repository.tasksOfYear(year).stream()
            .filter(t -> t.serves(nodeCode))
            .filter(
                t ->
                    unitCode == null
                        ? t.getPlan().getKind().provincial()
                        : t.getLead().getCode().equals(unitCode)
                            || t.getPlan().getOwner().getCode().equals(unitCode))
            .toList(),
        today());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Clocks.VIETNAM));
  }
}
