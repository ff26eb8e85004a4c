package vn.parindex.persistence.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.ReportDraft;

@ApplicationScoped
public class JpaCampaignRepository implements CampaignRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public Optional<Campaign> find(long id) {
    return Optional.ofNullable(em.find(Campaign.class, id));
  }

  @Override
  public List<Campaign> findAll() {
    return em.createQuery("select c from Campaign c order by c.year desc, c.name", Campaign.class)
        .getResultList();
  }

  @Override
  public void add(Campaign campaign) {
    em.persist(campaign);
  }

  @Override
  public Optional<ReportDraft> findDraft(long campaignId) {
    return Optional.ofNullable(em.find(ReportDraft.class, campaignId));
  }

  @Override
  public void add(ReportDraft draft) {
    em.persist(draft);
  }
}
