package vn.parindex.persistence.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.parindex.assessment.Reminder;
import vn.parindex.assessment.ReminderRepository;

@ApplicationScoped
public class JpaReminderRepository implements ReminderRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public List<Reminder> reminders(long campaignId) {
    return em.createQuery(
            "select r from Reminder r where r.campaign.id = :campaign"
                + " order by r.sentAt desc, r.unitCode",
            Reminder.class)
        .setParameter("campaign", campaignId)
        .getResultList();
  }

  @Override
  public void add(Reminder reminder) {
    em.persist(reminder);
  }
}
