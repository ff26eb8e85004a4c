package vn.parindex.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.account.Role;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
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
