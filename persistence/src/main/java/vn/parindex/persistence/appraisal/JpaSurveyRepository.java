package vn.parindex.persistence.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.parindex.appraisal.SurveyRepository;
import vn.parindex.appraisal.SurveyScore;

@ApplicationScoped
public class JpaSurveyRepository implements SurveyRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public List<SurveyScore> scores(long campaignId) {
    return em.createQuery(
            "select s from SurveyScore s join fetch s.subject where s.campaign.id = :campaign"
                + " order by s.subject.code, s.nodeCode",
            SurveyScore.class)
        .setParameter("campaign", campaignId)
        .getResultList();
  }

  @Override
  public void add(SurveyScore score) {
    em.persist(score);
  }
}
