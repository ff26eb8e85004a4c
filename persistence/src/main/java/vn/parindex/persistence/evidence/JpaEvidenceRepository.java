package vn.parindex.persistence.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.parindex.evidence.EvidenceDocument;
import vn.parindex.evidence.EvidenceLink;
import vn.parindex.evidence.EvidenceRepository;
import vn.parindex.evidence.EvidenceRequest;

@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public void add(EvidenceDocument document) {
    em.persist(document);
  }

  @Override
  public Optional<EvidenceDocument> find(long id) {
    return Optional.ofNullable(em.find(EvidenceDocument.class, id));
  }

  @Override
  public void add(EvidenceLink link) {
    em.persist(link);
  }

  @Override
  public List<EvidenceLink> activeLinks(long campaignId) {
    // With their documents: read one by one, they cost a statement per document shown (the
    // consolidation page ran nine for its 25 rows).
    return em.createQuery(
            "select l from EvidenceLink l join fetch l.document where l.document.campaign.id ="
                + " :campaign and l.removed = false",
            EvidenceLink.class)
        .setParameter("campaign", campaignId)
        .getResultList();
  }

  @Override
  public List<EvidenceLink> activeLinks(long campaignId, Collection<String> subjectCodes) {
    if (subjectCodes.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select l from EvidenceLink l join fetch l.subject join fetch l.document"
                + " where l.document.campaign.id = :campaign and l.removed = false"
                + " and l.subject.code in :subjects",
            EvidenceLink.class)
        .setParameter("campaign", campaignId)
        .setParameter("subjects", subjectCodes)
        .getResultList();
  }

  @Override
  public Map<String, Long> linkedLeavesPerSubject(long campaignId) {
    return em
        .createQuery(
            "select l.subject.code, count(distinct l.nodeCode) from EvidenceLink l"
                + " where l.document.campaign.id = :campaign and l.removed = false"
                + " group by l.subject.code",
            Object[].class)
        .setParameter("campaign", campaignId)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
  }

  @Override
  public List<EvidenceLink> linksOf(EvidenceDocument document) {
    return em.createQuery(
            "select l from EvidenceLink l where l.document = :document order by l.id",
            EvidenceLink.class)
        .setParameter("document", document)
        .getResultList();
  }

  @Override
  public List<EvidenceLink> linksOf(long campaignId, String subjectCode, String nodeCode) {
    return em.createQuery(
            "select l from EvidenceLink l where l.document.campaign.id = :campaign"
                + " and l.subject.code = :subject and l.nodeCode = :node order by l.id",
            EvidenceLink.class)
        .setParameter("campaign", campaignId)
        .setParameter("subject", subjectCode)
        .setParameter("node", nodeCode)
        .getResultList();
  }

  @Override
  public Optional<EvidenceDocument> nextRevision(EvidenceDocument document) {
    return em.createQuery(
            "select d from EvidenceDocument d where d.previous = :document", EvidenceDocument.class)
        .setParameter("document", document)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(EvidenceRequest request) {
    em.persist(request);
  }

  @Override
  public Optional<EvidenceRequest> findRequest(long id) {
    return Optional.ofNullable(em.find(EvidenceRequest.class, id));
  }

  @Override
  public List<EvidenceRequest> requests(long campaignId) {
    return em.createQuery(
            "select r from EvidenceRequest r where r.campaign.id = :campaign order by r.id",
            EvidenceRequest.class)
        .setParameter("campaign", campaignId)
        .getResultList();
  }

  @Override
  public List<EvidenceDocument> documentsOf(long campaignId, String ownerCode) {
    return em.createQuery(
            "select d from EvidenceDocument d where d.campaign.id = :campaign"
                + " and d.owner.code = :owner and d.superseded = false order by d.id desc",
            EvidenceDocument.class)
        .setParameter("campaign", campaignId)
        .setParameter("owner", ownerCode)
        .getResultList();
  }

  @Override
  public List<EvidenceDocument> documentsOf(String ownerCode) {
    return em.createQuery(
            "select d from EvidenceDocument d where d.owner.code = :owner"
                + " and d.superseded = false order by d.id desc",
            EvidenceDocument.class)
        .setParameter("owner", ownerCode)
        .getResultList();
  }
}
