package vn.parindex.persistence.timeliness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.timeliness.CampaignFacts;
import vn.parindex.timeliness.TimelinessRepository;
import vn.parindex.timeliness.TimelinessRules;

@ApplicationScoped
public class JpaTimelinessRepository implements TimelinessRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public List<Campaign> openedCampaigns(int year) {
    return em.createQuery(
            "select c from Campaign c where c.year = :year and c.stages.status <> :draft order by c.id",
            Campaign.class)
        .setParameter("year", year)
        .setParameter("draft", CampaignStatus.DRAFT)
        .getResultList();
  }

  @Override
  public Map<String, Instant> firstSent(long campaignId) {
    Map<String, Instant> first = new HashMap<>();
    em.createQuery(
            // Every sending in order, the first kept: the times go through the converter of their
            // attribute, which an aggregate's result would not.
            "select s.unit.code, e.at from SubmissionEvent e join e.submission s"
                + " where s.campaign.id = :campaign and e.action = 'SUBMIT' order by e.at",
            Object[].class)
        .setParameter("campaign", campaignId)
        .getResultList()
        .forEach(row -> first.putIfAbsent((String) row[0], (Instant) row[1]));
    return first;
  }

  @Override
  public List<CampaignFacts.Event> returns(long campaignId) {
    return em
        .createQuery(
            "select s.unit.code, e.at, e.nodeCode from SubmissionEvent e join e.submission s"
                + " where s.campaign.id = :campaign and e.action in ('RETURN', 'RETURN_LEAF')"
                + " order by e.at",
            Object[].class)
        .setParameter("campaign", campaignId)
        .getResultList()
        .stream()
        .map(row -> new CampaignFacts.Event((String) row[0], (Instant) row[1], (String) row[2]))
        .toList();
  }

  @Override
  public Optional<TimelinessRules> rules(long campaignId) {
    return Optional.ofNullable(em.find(TimelinessRules.class, campaignId));
  }

  @Override
  public void add(TimelinessRules rules) {
    em.persist(rules);
  }
}
