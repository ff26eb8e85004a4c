package vn.parindex.persistence.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AuditChain;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.assessment.LeafComment;
import vn.parindex.assessment.LeafScore;
import vn.parindex.assessment.Submission;
import vn.parindex.shared.ConflictException;

@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {
  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public Optional<LeafScore> findScore(long campaignId, String subjectCode, String nodeCode) {
    return em.createQuery(
            "select s from LeafScore s where s.campaign.id = :campaign"
                + " and s.subject.code = :subject and s.nodeCode = :node",
            LeafScore.class)
        .setParameter("campaign", campaignId)
        .setParameter("subject", subjectCode)
        .setParameter("node", nodeCode)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<LeafScore> scores(long campaignId) {
    // The subjects fetched with their scores: read one by one, they cost a statement per unit
    // (StatementsPerRequestIT).
    return em.createQuery(
            "select s from LeafScore s join fetch s.subject where s.campaign.id = :campaign",
            LeafScore.class)
        .setParameter("campaign", campaignId)
        .getResultList();
  }

  @Override
  public void add(LeafScore score) {
    em.persist(score);
  }

  @Override
  public Optional<Submission> findSubmission(long campaignId, String unitCode) {
    return em.createQuery(
            "select s from Submission s where s.campaign.id = :campaign and s.unit.code = :unit",
            Submission.class)
        .setParameter("campaign", campaignId)
        .setParameter("unit", unitCode)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Submission> submissions(long campaignId) {
    return em.createQuery(
            "select s from Submission s where s.campaign.id = :campaign order by s.unit.code",
            Submission.class)
        .setParameter("campaign", campaignId)
        .getResultList();
  }

  @Override
  public void add(Submission submission) {
    em.persist(submission);
  }

  @Override
  public void append(AuditEntry entry) {
    // FlushModeType.COMMIT on both statements: the caller may hold entities it has not finished
    // filling in (an appraisal about to get its appraiser), which an early flush would write half.
    AuditChain.Head next = AuditChain.link(head(entry.getCampaignId(), " for update"), entry);
    em.persist(entry);
    // Not a mapped field of Campaign: its version must not move, nor its editors collide, with
    // every change of a score.
    em.createNativeQuery("update campaign set audit_seq = ?1, audit_hash = ?2 where id = ?3")
        .setParameter(1, next.seq())
        .setParameter(2, next.hash())
        .setParameter(3, entry.getCampaignId())
        .setFlushMode(FlushModeType.COMMIT)
        .executeUpdate();
  }

  @Override
  public List<AuditEntry> chain(long campaignId) {
    return em.createQuery(
            "select a from AuditEntry a where a.campaignId = :campaign and a.seq is not null"
                + " order by a.seq",
            AuditEntry.class)
        .setParameter("campaign", campaignId)
        // What the database holds now, not what this server cached when it wrote the entries:
        // a change made behind the application's back is what the check is for.
        .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
        .setHint("eclipselink.refresh", "true")
        .getResultList();
  }

  @Override
  public AuditChain.Head auditHead(long campaignId) {
    return head(campaignId, "");
  }

  /** The campaign's head of its chain, read with {@code lock} (" for update", or nothing). */
  private AuditChain.Head head(long campaignId, String lock) {
    Object[] row =
        (Object[])
            em.createNativeQuery("select audit_seq, audit_hash from campaign where id = ?1" + lock)
                .setParameter(1, campaignId)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
    return new AuditChain.Head(((Number) row[0]).longValue(), (String) row[1]);
  }

  @Override
  public List<AuditEntry> trail(long campaignId, String subjectCode, String nodeCode) {
    return em.createQuery(
            "select a from AuditEntry a where a.campaignId = :campaign"
                + " and a.subjectCode = :subject and a.nodeCode = :node order by a.at, a.id",
            AuditEntry.class)
        .setParameter("campaign", campaignId)
        .setParameter("subject", subjectCode)
        .setParameter("node", nodeCode)
        .getResultList();
  }

  @Override
  public void add(LeafComment comment) {
    em.persist(comment);
  }

  @Override
  public List<LeafComment> comments(long campaignId, String subjectCode, String nodeCode) {
    return em.createQuery(
            "select c from LeafComment c where c.campaignId = :campaign"
                + " and c.subjectCode = :subject and c.nodeCode = :node order by c.writtenAt, c.id",
            LeafComment.class)
        .setParameter("campaign", campaignId)
        .setParameter("subject", subjectCode)
        .setParameter("node", nodeCode)
        .getResultList();
  }

  @Override
  public void flushOrConflict() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("error.stale");
    }
  }
}
