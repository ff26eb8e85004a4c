package vn.parindex.plan;

import java.util.List;
import java.util.Optional;

/** Stores the plans, their tasks, the progress reports and the reminders; in persistence. */
public interface PlanRepository {
  /** The plans of a year, the province's first, then by number. */
  List<Plan> plans(int year);

  Optional<Plan> plan(long id);

  /** A plan's tasks with their lead units, by number. */
  List<PlanTask> tasks(long planId);

  /** The tasks of a year's plans with their plans and lead units, by plan and number. */
  List<PlanTask> tasksOfYear(int year);

  Optional<PlanTask> task(long planId, long taskId);

  /** A task's reports, the latest period first. */
  List<TaskReport> reports(long taskId);

  /** Makes the caller's transaction the only one changing the plan's tasks until it ends. */
  void lockTasks(long planId);

  /** A plan's reminders, the latest first. */
  List<PlanReminder> reminders(long planId);

  void add(Plan plan);

  void add(PlanTask task);

  void add(TaskReport report);

  void add(PlanReminder reminder);

  /** The task with its reports. */
  void remove(PlanTask task);

  /** The plan with its tasks, their reports and its reminders. */
  void removePlan(Plan plan);
}
