package vn.parindex.persistence.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.parindex.persistence.database.RowLock;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanReminder;
import vn.parindex.plan.PlanRepository;
import vn.parindex.plan.PlanTask;
import vn.parindex.plan.TaskReport;

@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public List<Plan> plans(int year) {
    return em.createQuery(
            "select p from Plan p join fetch p.owner where p.year = :year"
                + " order by p.kind, p.number, p.id",
            Plan.class)
        .setParameter("year", year)
        .getResultList();
  }

  @Override
  public Optional<Plan> plan(long id) {
    return Optional.ofNullable(em.find(Plan.class, id));
  }

  @Override
  public List<PlanTask> tasks(long planId) {
    return em.createQuery(
            "select t from PlanTask t join fetch t.lead where t.plan.id = :plan order by t.number",
            PlanTask.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  @Override
  public List<PlanTask> tasksOfYear(int year) {
    return em.createQuery(
            "select t from PlanTask t join fetch t.plan p join fetch p.owner join fetch t.lead"
                + " where p.year = :year order by p.id, t.number",
            PlanTask.class)
        .setParameter("year", year)
        .getResultList();
  }

  @Override
  public Optional<PlanTask> task(long planId, long taskId) {
    return Optional.ofNullable(em.find(PlanTask.class, taskId))
        .filter(t -> t.getPlan().getId() == planId);
  }

  @Override
  public List<TaskReport> reports(long taskId) {
    return em.createQuery(
            "select r from TaskReport r where r.task.id = :task order by r.period desc",
            TaskReport.class)
        .setParameter("task", taskId)
        .getResultList();
  }

  @Override
  public void lockTasks(long planId) {
    em.createNativeQuery("select id from par_plan where id = ?1" + RowLock.CLAUSE)
        .setParameter(1, planId)
        .getSingleResult();
  }

  @Override
  public List<PlanReminder> reminders(long planId) {
    return em.createQuery(
            "select r from PlanReminder r where r.planId = :plan order by r.sentAt desc, r.id desc",
            PlanReminder.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  @Override
  public void add(Plan plan) {
    em.persist(plan);
  }

  @Override
  public void add(PlanTask task) {
    em.persist(task);
  }

  @Override
  public void add(TaskReport report) {
    em.persist(report);
  }

  @Override
  public void add(PlanReminder reminder) {
    em.persist(reminder);
  }

  @Override
  public void remove(PlanTask task) {
    reports(task.getId()).forEach(em::remove);
    em.remove(task);
  }

  @Override
  public void removePlan(Plan plan) {
    em.createQuery("delete from PlanReminder r where r.planId = :plan")
        .setParameter("plan", plan.getId())
        .executeUpdate();
    tasks(plan.getId()).forEach(this::remove);
    em.remove(plan);
  }
}
