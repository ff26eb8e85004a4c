package vn.parindex.persistence.issuance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.parindex.issuance.ReportTemplate;
import vn.parindex.issuance.ReportTemplateRepository;

@ApplicationScoped
public class JpaReportTemplateRepository implements ReportTemplateRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public void add(ReportTemplate template) {
    em.persist(template);
  }

  @Override
  public Optional<ReportTemplate> latest(String kind) {
    return em.createQuery(
            "select t from ReportTemplate t where t.kind = :kind order by t.id desc",
            ReportTemplate.class)
        .setParameter("kind", kind)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
