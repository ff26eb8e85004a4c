package vn.parindex.persistence.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.parindex.appraisal.Adjustment;
import vn.parindex.appraisal.Appraisal;
import vn.parindex.appraisal.AppraisalRepository;
import vn.parindex.appraisal.Explanation;
import vn.parindex.appraisal.Publication;

@ApplicationScoped
public class JpaAppraisalRepository implements AppraisalRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public List<Appraisal> appraisals(long campaignId) {
    return em.createQuery(
            "select a from Appraisal a join fetch a.subject where a.campaign.id = :campaign",
            Appraisal.class)
        .setParameter("campaign", campaignId)
        .getResultList();
  }

  @Override
  public List<Appraisal> appraisals(long campaignId, Collection<String> subjectCodes) {
    if (subjectCodes.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from Appraisal a join fetch a.subject where a.campaign.id = :campaign"
                + " and a.subject.code in :subjects",
            Appraisal.class)
        .setParameter("campaign", campaignId)
        .setParameter("subjects", subjectCodes)
        .getResultList();
  }

  @Override
  public List<Explanation> explanations(long campaignId, Collection<String> subjectCodes) {
    if (subjectCodes.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e from Explanation e join fetch e.subject where e.campaign.id = :campaign"
                + " and e.subject.code in :subjects",
            Explanation.class)
        .setParameter("campaign", campaignId)
        .setParameter("subjects", subjectCodes)
        .getResultList();
  }

  @Override
  public Map<String, Long> appraisedPerSubject(
      long campaignId, int round, Collection<String> nodeCodes) {
    if (nodeCodes.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "select a.subject.code, count(a) from Appraisal a where a.campaign.id = :campaign"
                + " and a.round = :round and a.nodeCode in :nodes group by a.subject.code",
            Object[].class)
        .setParameter("campaign", campaignId)
        .setParameter("round", round)
        .setParameter("nodes", nodeCodes)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
  }

  @Override
  public void add(Appraisal appraisal) {
    em.persist(appraisal);
  }

  @Override
  public List<Explanation> explanations(long campaignId) {
    return em.createQuery(
            "select e from Explanation e join fetch e.subject where e.campaign.id = :campaign",
            Explanation.class)
        .setParameter("campaign", campaignId)
        .getResultList();
  }

  @Override
  public void add(Explanation explanation) {
    em.persist(explanation);
  }

  @Override
  public List<Adjustment> adjustments(long campaignId) {
    return em.createQuery(
            "select a from Adjustment a join fetch a.subject where a.campaign.id = :campaign",
            Adjustment.class)
        .setParameter("campaign", campaignId)
        .getResultList();
  }

  @Override
  public void add(Adjustment adjustment) {
    em.persist(adjustment);
  }

  @Override
  public Optional<Publication> latestPublication(long campaignId) {
    return em.createQuery(
            "select p from Publication p where p.campaign.id = :campaign order by p.number desc",
            Publication.class)
        .setParameter("campaign", campaignId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Publication> publications(long campaignId) {
    return em.createQuery(
            "select p from Publication p where p.campaign.id = :campaign order by p.number",
            Publication.class)
        .setParameter("campaign", campaignId)
        .getResultList();
  }

  @Override
  public void add(Publication publication) {
    em.persist(publication);
  }
}
