package vn.parindex.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanBook;
import vn.parindex.plan.PlanReminder;
import vn.parindex.plan.PlanReminders;
import vn.parindex.plan.TaskFields;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.FindingView;
import vn.parindex.web.shell.Uploads;

/**
 * {@code app/plan.xhtml?id=…}: one plan with its tasks and where they stand. Whoever may write it
 * corrects its header, imports the appendix table or types a task, takes one off, reminds the lead
 * units of overdue tasks and downloads the progress report; a lead unit reports on its tasks
 * ({@link ReportProgress}).
 */
@Named
@ViewScoped
public class FollowPlan implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PlanBook book;
  @Inject PlanReminders reminders;
  @Inject UnitDirectory directory;
  @Inject FacesMessages messages;

  private Long id;
  private transient PlanBook.PlanView view;
  private PlanHeader header;
  private transient UploadedFile tasksFile;
  private List<FindingView> tableProblems = List.of();
  private Integer taskNumber;
  private String content;
  private String leadCode;
  private LocalDate deadline;
  private String indicator;
  private BigDecimal target;
  private String criteria;
  private String partners;

  public void load() {
    refresh();
    header = PlanHeader.of(view.plan());
  }

  /** Reads the plan again, after a change here or in its progress dialog. */
  public void refresh() {
    view = book.view(id);
  }

  /** The plan as last read (read again if this view was restored). */
  public PlanBook.PlanView getView() {
    if (view == null) {
      refresh();
    }
    return view;
  }

  public void saveHeader() {
    Plan plan = getView().plan();
    book.update(
        id,
        plan.getVersion(),
        header.input(plan.getKind(), plan.getOwner().getCode(), plan.getYear()));
    messages.info("plan.saved");
    refresh();
  }

  /** The appendix table; a wrong row is shown and nothing saved. */
  public void importTasks() {
    tableProblems = List.of();
    byte[] table = Uploads.bytes(tasksFile, "tasksFile");
    try {
      PlanBook.Imported imported = book.importTasks(id, table);
      messages.info("plan.loaded", imported.added(), imported.updated());
      refresh();
    } catch (InvalidInputException e) {
      // A table's wrong rows are the answer to show, row by row, not a failure of the page.
      tableProblems = messages.findings(e);
    }
  }

  public void addTask() {
    book.addTask(
        id,
        new TaskFields(
            taskNumber,
            content,
            leadCode,
            deadline,
            TaskFields.codes(partners),
            indicator,
            target,
            TaskFields.codes(criteria)));
    messages.info("plan.taskAdded", taskNumber);
    taskNumber = null;
    content = null;
    leadCode = null;
    deadline = null;
    indicator = null;
    target = null;
    criteria = null;
    partners = null;
    refresh();
  }

  public void removeTask(PlanBook.TaskLine line) {
    book.removeTask(id, line.task().getId(), line.task().getVersion());
    messages.info("plan.taskRemoved", line.task().getNumber());
    refresh();
  }

  public void remind() {
    List<PlanReminder> made = reminders.remindOverdue(id);
    long delivered = made.stream().filter(PlanReminder::isDelivered).count();
    messages.info("plan.reminded", made.size(), delivered);
    refresh();
  }

  public String delete() {
    book.delete(id, getView().plan().getVersion());
    messages.flashInfo("plan.deleted", header.getNumber());
    return "/app/plans?faces-redirect=true";
  }

  public List<OrganisationUnit> getUnits() {
    return directory.list();
  }

  public PlanHeader getHeader() {
    return header;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public List<FindingView> getTableProblems() {
    return tableProblems;
  }

  public UploadedFile getTasksFile() {
    return tasksFile;
  }

  public void setTasksFile(UploadedFile tasksFile) {
    this.tasksFile = tasksFile;
  }

  public Integer getTaskNumber() {
    return taskNumber;
  }

  public void setTaskNumber(Integer taskNumber) {
    this.taskNumber = taskNumber;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getLeadCode() {
    return leadCode;
  }

  public void setLeadCode(String leadCode) {
    this.leadCode = leadCode;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public String getIndicator() {
    return indicator;
  }

  public void setIndicator(String indicator) {
    this.indicator = indicator;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public void setTarget(BigDecimal target) {
    this.target = target;
  }

  public String getCriteria() {
    return criteria;
  }

  public void setCriteria(String criteria) {
    this.criteria = criteria;
  }

  public String getPartners() {
    return partners;
  }

  public void setPartners(String partners) {
    this.partners = partners;
  }
}
