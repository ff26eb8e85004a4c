package vn.parindex.persistence.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.parindex.persistence.database.RowLock;
import vn.parindex.survey.ParticipationRepository;
import vn.parindex.survey.SurveyRespondent;
import vn.parindex.survey.SurveyRound;

@ApplicationScoped
public class JpaParticipationRepository implements ParticipationRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public List<SurveyRespondent> respondents(long campaignId) {
    return em.createQuery(
            "select r from SurveyRespondent r join fetch r.unit u where r.campaign.id = :campaign"
                + " order by u.code, r.fullName, r.id",
            SurveyRespondent.class)
        .setParameter("campaign", campaignId)
        .getResultList();
  }

  @Override
  public Optional<SurveyRespondent> respondent(long campaignId, long id) {
    return Optional.ofNullable(em.find(SurveyRespondent.class, id))
        .filter(r -> r.getCampaignId() == campaignId);
  }

  @Override
  public void lockLists(long campaignId) {
    em.createNativeQuery("select id from campaign where id = ?1" + RowLock.CLAUSE)
        .setParameter(1, campaignId)
        .getSingleResult();
  }

  @Override
  public Optional<SurveyRound> round(long campaignId) {
    return Optional.ofNullable(em.find(SurveyRound.class, campaignId));
  }

  @Override
  public void add(SurveyRespondent respondent) {
    em.persist(respondent);
  }

  @Override
  public void add(SurveyRound round) {
    em.persist(round);
  }

  @Override
  public void remove(SurveyRespondent respondent) {
    em.remove(respondent);
  }
}
