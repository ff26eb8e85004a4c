package vn.parindex.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a task stands against its deadline, as the plan's views count it. The deadline is a day in
 * Vietnam: a task done on it is on time, and a task not done is overdue from the day after.
 */
public enum TaskState {
  DONE_ON_TIME("Hoàn thành đúng hạn"),
  DONE_LATE("Hoàn thành muộn"),
  IN_PROGRESS("Đang thực hiện"),
  OVERDUE("Quá hạn"),
  NOT_STARTED("Chưa triển khai");

  private final String documentLabel;

  TaskState(String documentLabel) {
    this.documentLabel = documentLabel;
  }

  /**
   * @param doneOn the day it was done, where {@code status} is done
   * @param today the day in Vietnam
   */
  public static TaskState of(
      LocalDate deadline, TaskStatus status, LocalDate doneOn, LocalDate today) {
    if (status == TaskStatus.DONE) {
      return doneOn != null && doneOn.isAfter(deadline) ? DONE_LATE : DONE_ON_TIME;
    }
    if (today.isAfter(deadline)) {
      return OVERDUE;
    }
    return status == TaskStatus.IN_PROGRESS ? IN_PROGRESS : NOT_STARTED;
  }

  /**
   * Days past the deadline: to the day it was done, or to today while it is overdue; 0 otherwise.
   */
  public static int daysLate(
      LocalDate deadline, TaskStatus status, LocalDate doneOn, LocalDate today) {
    LocalDate until = status == TaskStatus.DONE ? doneOn : today;
    if (until == null || !until.isAfter(deadline)) {
      return 0;
    }
    return (int) ChronoUnit.DAYS.between(deadline, until);
  }

  /** Done, on time or not. */
  public boolean done() {
    return this == DONE_ON_TIME || this == DONE_LATE;
  }

  /** Overdue now or done after the deadline: what counts in the record of timeliness. */
  public boolean late() {
    return this == DONE_LATE || this == OVERDUE;
  }

  /** Its name in the People's Committee's report, which stays Vietnamese. */
  public String documentLabel() {
    return documentLabel;
  }

  public String messageKey() {
    return "plan.state." + name();
  }
}
