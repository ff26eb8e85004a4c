package vn.parindex.plan;

/** Where the lead unit says a task stands in its latest report. */
public enum TaskStatus {
  NOT_STARTED,
  IN_PROGRESS,
  DONE;

  public String messageKey() {
    return "plan.status." + name();
  }
}
