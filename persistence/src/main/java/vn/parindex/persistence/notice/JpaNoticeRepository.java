package vn.parindex.persistence.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.parindex.notice.Notice;
import vn.parindex.notice.NoticeKind;
import vn.parindex.notice.NoticeRepository;

@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public void add(Notice notice) {
    em.persist(notice);
  }

  @Override
  public Optional<Notice> find(long id) {
    return Optional.ofNullable(em.find(Notice.class, id));
  }

  @Override
  public List<Notice> of(String recipient, int limit) {
    return em.createQuery(
            "select n from Notice n where n.recipient = :recipient"
                + " order by n.createdAt desc, n.id desc",
            Notice.class)
        .setParameter("recipient", recipient)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long unread(String recipient) {
    return em.createQuery(
            "select count(n) from Notice n where n.recipient = :recipient and n.readAt is null",
            Long.class)
        .setParameter("recipient", recipient)
        .getSingleResult();
  }

  @Override
  public List<Notice> unreadOf(String recipient) {
    return em.createQuery(
            "select n from Notice n where n.recipient = :recipient and n.readAt is null",
            Notice.class)
        .setParameter("recipient", recipient)
        .getResultList();
  }

  @Override
  public boolean toldOfDate(String recipient, long campaignId, String phase, LocalDate due) {
    return em.createQuery(
                "select count(n) from Notice n where n.recipient = :recipient"
                    + " and n.campaign.id = :campaign and n.kind = :kind and n.detail = :phase"
                    + " and n.due = :due",
                Long.class)
            .setParameter("recipient", recipient)
            .setParameter("campaign", campaignId)
            .setParameter("kind", NoticeKind.PHASE_SOON)
            .setParameter("phase", phase)
            .setParameter("due", due)
            .getSingleResult()
        > 0;
  }
}
