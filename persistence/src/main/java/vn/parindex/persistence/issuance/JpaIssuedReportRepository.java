package vn.parindex.persistence.issuance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.parindex.issuance.IssuedReport;
import vn.parindex.issuance.IssuedReportRepository;

@ApplicationScoped
public class JpaIssuedReportRepository implements IssuedReportRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public void add(IssuedReport report) {
    em.persist(report);
  }

  @Override
  public Optional<IssuedReport> latest(long campaignId) {
    return em.createQuery(
            "select r from IssuedReport r where r.campaignId = :campaign order by r.id desc",
            IssuedReport.class)
        .setParameter("campaign", campaignId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
