package vn.parindex.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores evidence documents and their links to leaves; implemented in the persistence module. */
public interface EvidenceRepository {
  void add(EvidenceDocument document);

  Optional<EvidenceDocument> find(long id);

  void add(EvidenceLink link);

  /** The links of a campaign still in force (not removed). */
  List<EvidenceLink> activeLinks(long campaignId);

  /** The same for the leaves of these subjects only. */
  List<EvidenceLink> activeLinks(long campaignId, Collection<String> subjectCodes);

  /** How many leaves of each subject have a live link, by subject code, in one grouped query. */
  Map<String, Long> linkedLeavesPerSubject(long campaignId);

  List<EvidenceLink> linksOf(EvidenceDocument document);

  /** Every link of one leaf, removed ones included, oldest first. */
  List<EvidenceLink> linksOf(long campaignId, String subjectCode, String nodeCode);

  /** The revision that replaced {@code document}, if any. */
  Optional<EvidenceDocument> nextRevision(EvidenceDocument document);

  void add(EvidenceRequest request);

  Optional<EvidenceRequest> findRequest(long id);

  /** Every request of a campaign, oldest first. */
  List<EvidenceRequest> requests(long campaignId);

  /** The current revisions of the documents a unit uploaded in a campaign, newest first. */
  List<EvidenceDocument> documentsOf(long campaignId, String ownerCode);

  /**
   * The current revisions of the documents a unit uploaded in any campaign, newest first: what it
   * may show a plan task's progress with.
   */
  List<EvidenceDocument> documentsOf(String ownerCode);
}
