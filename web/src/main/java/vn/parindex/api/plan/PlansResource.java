package vn.parindex.api.plan;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import vn.parindex.api.problem.Bodies;
import vn.parindex.api.problem.Years;
import vn.parindex.api.report.ReportFiles;
import vn.parindex.plan.FollowPlans;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanBook;
import vn.parindex.plan.PlanReminders;
import vn.parindex.plan.PlanTask;
import vn.parindex.plan.ReportTaskProgress;
import vn.parindex.reports.PlanProgressReport;

/**
 * {@code plans}: the year's PAR plans, their tasks (typed or imported from the appendix table), the
 * lead units' progress reports with evidence, reminders of overdue tasks and the progress report.
 * The province's plans are read by every user and written by Sở Nội vụ; a unit's own by the unit.
 */
@Path("plans")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PlansResource {
  @Inject PlanBook book;
  @Inject ReportTaskProgress progress;
  @Inject FollowPlans follow;
  @Inject PlanReminders reminders;
  @Inject PlanProgressReport report;

  /** The plans of {@code year} the caller may read, each with its tally. */
  @GET
  public List<PlanJson.PlanJsonView> plans(@QueryParam("year") String year) {
    return book.plans(Years.checked(year)).stream()
        .map(l -> PlanJson.PlanJsonView.of(l.plan(), l.tally()))
        .toList();
  }

  /** A new plan: 201, 403 for a plan the caller may not write, 422 naming each wrong field. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(PlanJson.HeaderJson body, @Context UriInfo uri) {
    Plan plan = book.create(Bodies.required(body).input());
    return Response.created(uri.getAbsolutePathBuilder().path(plan.getId().toString()).build())
        .entity(PlanJson.PlanJsonView.of(plan, null))
        .build();
  }

  @GET
  @Path("{id}")
  public PlanJson.PlanDetailJson one(@PathParam("id") long id) {
    return PlanJson.PlanDetailJson.of(book.view(id));
  }

  /** Changes the header: 200, 409 for a stale version, 422 naming each wrong field. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public PlanJson.PlanJsonView save(@PathParam("id") long id, PlanJson.HeaderJson body) {
    PlanJson.HeaderJson header = Bodies.required(body);
    Plan plan = book.update(id, Objects.requireNonNullElse(header.version(), -1L), header.input());
    return PlanJson.PlanJsonView.of(plan, null);
  }

  /** Deletes a plan read at {@code version}, with its tasks and reports: 204, or 409. */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id, @QueryParam("version") String version) {
    book.delete(id, Bodies.version(version));
    return Response.noContent().build();
  }

  /**
   * The plan's appendix table as CSV or XLSX ({@code
   * no,content,lead_unit,deadline[,partner_units,indicator,target,criteria]}): 201, or 422 naming
   * each wrong row with nothing saved.
   */
  @POST
  @Path("{id}/tasks")
  @Consumes({"text/csv", Bodies.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response load(@PathParam("id") long id, InputStream body, @Context UriInfo uri)
      throws IOException {
    PlanBook.Imported imported = book.importTasks(id, Bodies.table(body));
    return Response.created(uri.getAbsolutePath())
        .entity(new PlanJson.ImportedJson(imported.added(), imported.updated()))
        .build();
  }

  /** One task typed: 201, or 422 naming each wrong field. */
  @POST
  @Path("{id}/tasks")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(@PathParam("id") long id, PlanJson.TaskInJson body, @Context UriInfo uri) {
    PlanTask task = book.addTask(id, Bodies.required(body).fields());
    return Response.created(uri.getAbsolutePathBuilder().path(task.getId().toString()).build())
        .entity(PlanJson.TaskJson.of(progress.view(id, task.getId()).line()))
        .build();
  }

  /** A task with its reports and the documents they cite. */
  @GET
  @Path("{id}/tasks/{task}")
  public PlanJson.TaskDetailJson task(@PathParam("id") long id, @PathParam("task") long task) {
    return PlanJson.TaskDetailJson.of(progress.view(id, task));
  }

  /** Changes a task: 200, 409 for a stale version, 422 naming each wrong field. */
  @PUT
  @Path("{id}/tasks/{task}")
  @Consumes(MediaType.APPLICATION_JSON)
  public PlanJson.TaskDetailJson saveTask(
      @PathParam("id") long id, @PathParam("task") long task, PlanJson.TaskInJson body) {
    PlanJson.TaskInJson typed = Bodies.required(body);
    book.saveTask(id, task, Objects.requireNonNullElse(typed.version(), -1L), typed.fields());
    return task(id, task);
  }

  /** Takes a task read at {@code version} off the plan: 204, or 409 when stale. */
  @DELETE
  @Path("{id}/tasks/{task}")
  public Response removeTask(
      @PathParam("id") long id,
      @PathParam("task") long task,
      @QueryParam("version") String version) {
    book.removeTask(id, task, Bodies.version(version));
    return Response.noContent().build();
  }

  /**
   * The lead unit's report for a month or quarter: 200, 403 for another unit's task, 409 when the
   * task changed since it was read, 422 naming each wrong field (a document not the unit's among
   * them).
   */
  @PUT
  @Path("{id}/tasks/{task}/progress")
  @Consumes(MediaType.APPLICATION_JSON)
  public PlanJson.TaskDetailJson report(
      @PathParam("id") long id, @PathParam("task") long task, PlanJson.ProgressJson body) {
    PlanJson.ProgressJson sent = Bodies.required(body);
    progress.report(id, task, Objects.requireNonNullElse(sent.version(), -1L), sent.input());
    return task(id, task);
  }

  /** Reminds each lead unit of its overdue tasks; gives the reminders made. */
  @POST
  @Path("{id}/reminders")
  public List<PlanJson.ReminderJson> remind(@PathParam("id") long id) {
    return reminders.remindOverdue(id).stream().map(PlanJson.ReminderJson::of).toList();
  }

  /** The progress report as {@code pdf}, {@code docx} or {@code xlsx}. */
  @GET
  @Path("{id}/report")
  @Produces({
    "application/pdf",
    Bodies.XLSX,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  })
  public Response document(@PathParam("id") long id, @QueryParam("format") String format) {
    return ReportFiles.of(report.of(id, ReportFiles.format(format, false)));
  }

  /** Each lead unit's tally across the year's plans: Sở Nội vụ and viewers. */
  @GET
  @Path("units")
  public List<PlanJson.UnitLineJson> units(@QueryParam("year") String year) {
    return follow.byUnit(Years.checked(year)).stream().map(PlanJson.UnitLineJson::of).toList();
  }

  /** The tasks a unit leads in the year's plans: its own people, Sở Nội vụ and viewers. */
  @GET
  @Path("tasks")
  public PlanJson.UnitTasksJson unitTasks(
      @QueryParam("unit") String unit, @QueryParam("year") String year) {
    return PlanJson.UnitTasksJson.of(
        follow.ofUnit(Objects.requireNonNullElse(unit, ""), Years.checked(year)));
  }
}
