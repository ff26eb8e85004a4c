package vn.parindex.persistence.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AuditChain;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.assessment.LeafComment;
import vn.parindex.assessment.LeafScore;
import vn.parindex.assessment.NodeTally;
import vn.parindex.assessment.Submission;
import vn.parindex.persistence.database.RowLock;
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
            // With the unit: read one by one, they cost a statement per unit
            // (StatementsPerRequestIT, the appraisal sheet).
            "select s from Submission s join fetch s.unit where s.campaign.id = :campaign"
                + " order by s.unit.code",
            Submission.class)
        .setParameter("campaign", campaignId)
        .getResultList();
  }

  @Override
  public List<LeafScore> scores(long campaignId, Collection<String> subjectCodes) {
    if (subjectCodes.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select s from LeafScore s join fetch s.subject where s.campaign.id = :campaign"
                + " and s.subject.code in :subjects",
            LeafScore.class)
        .setParameter("campaign", campaignId)
        .setParameter("subjects", subjectCodes)
        .getResultList();
  }

  @Override
  public List<NodeTally> tallies(long campaignId) {
    Map<String, BigDecimal> self = selfSums(campaignId);
    // The flag in the WHERE clause: inside a CASE, EclipseLink writes true as 1, which H2 refuses
    // to compare with a boolean column.
    Map<String, Object[]> atRisk = new HashMap<>();
    em.createQuery(
            "select s.nodeCode, count(s), sum(s.selfScore) from LeafScore s where s.campaign.id ="
                + " :campaign and s.atRisk = true group by s.nodeCode",
            Object[].class)
        .setParameter("campaign", campaignId)
        .getResultList()
        .forEach(r -> atRisk.put((String) r[0], r));
    return self.entrySet().stream()
        .map(
            e -> {
              Object[] r = atRisk.get(e.getKey());
              return new NodeTally(
                  e.getKey(),
                  e.getValue(),
                  r == null ? 0 : ((Number) r[1]).longValue(),
                  r == null ? BigDecimal.ZERO : decimal(r[2]));
            })
        .toList();
  }

  private Map<String, BigDecimal> selfSums(long campaignId) {
    Map<String, BigDecimal> sums = new HashMap<>();
    em.createQuery(
            "select s.nodeCode, sum(s.selfScore) from LeafScore s where s.campaign.id = :campaign"
                + " group by s.nodeCode",
            Object[].class)
        .setParameter("campaign", campaignId)
        .getResultList()
        .forEach(r -> sums.put((String) r[0], decimal(r[1])));
    return sums;
  }

  @Override
  public Map<String, Long> scoredPerSubject(long campaignId) {
    return em
        .createQuery(
            "select s.subject.code, count(s) from LeafScore s where s.campaign.id = :campaign"
                + " and s.selfScore is not null group by s.subject.code",
            Object[].class)
        .setParameter("campaign", campaignId)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
  }

  private static BigDecimal decimal(Object sum) {
    return sum == null ? BigDecimal.ZERO : new BigDecimal(sum.toString());
  }

  @Override
  public void add(Submission submission) {
    em.persist(submission);
  }

  @Override
  public void append(AuditEntry entry) {
    append(List.of(entry));
  }

  @Override
  public void append(List<AuditEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    long campaignId = entries.get(0).getCampaignId();
    // FlushModeType.COMMIT on both statements: the caller may hold entities it has not finished
    // filling in (an appraisal about to get its appraiser), which an early flush would write half.
    AuditChain.Head next = head(campaignId, RowLock.CLAUSE);
    for (AuditEntry entry : entries) {
      if (entry.getCampaignId() != campaignId) {
        throw new IllegalArgumentException("Entries of two campaigns in one append");
      }
      next = AuditChain.link(next, entry);
      em.persist(entry);
    }
    // Not a mapped field of Campaign: its version must not move, nor its editors collide, with
    // every change of a score.
    em.createNativeQuery("update campaign set audit_seq = ?1, audit_hash = ?2 where id = ?3")
        .setParameter(1, next.seq())
        .setParameter(2, next.hash())
        .setParameter(3, campaignId)
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

  /**
   * The campaign's head of its chain, read with {@code lock} ({@link RowLock#CLAUSE}, or nothing).
   */
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
