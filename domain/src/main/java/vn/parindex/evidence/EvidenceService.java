package vn.parindex.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.assessment.LeafResolver;
import vn.parindex.campaign.Assignments;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.FileNames;
import vn.parindex.shared.ForbiddenException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * Evidence documents: uploaded to a leaf (type checked by content, size limited, stored once per
 * content), linked to further leaves, replaced by a new revision, removed with a reason, and
 * downloaded only by those who may read a leaf it backs. Each change is in the leaf's audit trail.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class EvidenceService {
  private static final Logger LOG = Logger.getLogger(EvidenceService.class.getName());

  @Inject EvidenceRepository documents;
  @Inject EvidenceStore store;
  @Inject LeafResolver leaves;
  @Inject AssessmentRepository assessments;
  @Inject CampaignService campaignService;
  @Inject Clock clock;

  /** A document and its file, opened for reading. */
  public record Download(EvidenceDocument document, InputStream content) {}

  public long maxBytes() {
    return store.maxBytes();
  }

  /** Receives a file for a leaf; refused whole (and nothing kept) if anything is wrong. */
  public EvidenceLink upload(
      long campaignId,
      String subjectCode,
      String nodeCode,
      InputStream content,
      String fileName,
      EvidenceMetadata metadata)
      throws IOException {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.forScoring(caller, campaignId, subjectCode, nodeCode);
    leaves.ensureEditable(leaf);
    return store(leaf, leaf.responsible(), content, fileName, metadata, caller);
  }

  /**
   * A document sent by a unit that was asked for it: owned by that unit and linked to the leaf the
   * request names, while the lead unit's work on that leaf is still open. Only the asked unit (or
   * the coordinator) may send it.
   */
  public EvidenceLink uploadOnRequest(
      EvidenceRequest request, InputStream content, String fileName, EvidenceMetadata metadata)
      throws IOException {
    CampaignAccess.Caller caller = campaignService.caller();
    boolean asked =
        caller.worksForUnit() && request.getToUnit().getCode().equals(caller.unitCode());
    if (!asked && !caller.manages()) {
      throw new ForbiddenException();
    }
    LeafResolver.Leaf leaf =
        leaves.resolve(
            request.getCampaign().getId(), request.getSubject().getCode(), request.getNodeCode());
    leaves.ensureEditable(leaf);
    return store(leaf, request.getToUnit(), content, fileName, metadata, caller);
  }

  /**
   * New evidence a unit sends with its explanation, while the explanation window is open: the
   * subject unit its own assessment (INTERNAL), the lead unit its leaves of the province's
   * (PROVINCIAL), whatever the state of its self-assessment.
   */
  public EvidenceLink uploadWithExplanation(
      long campaignId,
      String subjectCode,
      String nodeCode,
      InputStream content,
      String fileName,
      EvidenceMetadata metadata)
      throws IOException {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.resolve(campaignId, subjectCode, nodeCode);
    if (!CampaignAccess.maySelfScore(
        caller, leaf.campaign().getKind(), subjectCode, leaf.leadUnitCode())) {
      throw new ForbiddenException();
    }
    if (leaf.campaign().getStatus() != CampaignStatus.EXPLANATION) {
      throw new ConflictException("explanation.closed");
    }
    return store(leaf, leaf.responsible(), content, fileName, metadata, caller);
  }

  /** Lets a document already uploaded by the caller's unit back one more leaf. */
  public EvidenceLink linkExisting(
      long campaignId, String subjectCode, String nodeCode, long documentId) {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.forScoring(caller, campaignId, subjectCode, nodeCode);
    leaves.ensureEditable(leaf);
    EvidenceDocument document = document(documentId, campaignId);
    if (!owns(caller, document)) {
      throw new ForbiddenException();
    }
    boolean already =
        documents.linksOf(document).stream()
            .anyMatch(
                l ->
                    !l.isRemoved()
                        && l.getSubject().getCode().equals(subjectCode)
                        && l.getNodeCode().equals(nodeCode));
    if (already) {
      throw new ConflictException("evidence.alreadyLinked", document.describe(), nodeCode);
    }
    return link(leaf, document, caller, clock.instant());
  }

  /**
   * A new revision of a document: every leaf it backs now points at the new file; the old revision
   * is kept and can still be downloaded.
   */
  public EvidenceDocument replace(
      long campaignId,
      long documentId,
      InputStream content,
      String fileName,
      EvidenceMetadata metadata)
      throws IOException {
    CampaignAccess.Caller caller = campaignService.caller();
    EvidenceDocument old = document(documentId, campaignId);
    if (!owns(caller, old)) {
      throw new ForbiddenException();
    }
    if (old.isSuperseded()) {
      throw new ConflictException("evidence.superseded", old.describe());
    }
    List<EvidenceLink> links = documents.linksOf(old).stream().filter(l -> !l.isRemoved()).toList();
    Campaign campaign = leaves.campaign(campaignId);
    Assignments.Result assignments = campaign.assignments();
    for (EvidenceLink link : links) {
      leaves.ensureEditable(
          leaves.resolve(campaign, assignments, link.getSubject().getCode(), link.getNodeCode()));
    }
    EvidenceMetadata checked = checked(metadata);
    StoredFile file = receive(content, fileName);
    Instant now = clock.instant();
    EvidenceDocument next = old.revise(file, name(fileName), checked, caller.username(), now);
    documents.add(next);
    for (EvidenceLink link : links) {
      link.moveTo(next);
      audit(
          campaignId,
          link,
          old.describe() + " (bản " + old.getRevision() + ")",
          next.describe() + " (bản " + next.getRevision() + ")",
          caller,
          now,
          null);
    }
    return next;
  }

  /** Takes a document off a leaf; the reason is required and the removal is kept. */
  public EvidenceLink removeLink(
      long campaignId, String subjectCode, String nodeCode, long documentId, String reason) {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.forScoring(caller, campaignId, subjectCode, nodeCode);
    leaves.ensureEditable(leaf);
    EvidenceLink link =
        documents.linksOf(campaignId, subjectCode, nodeCode).stream()
            .filter(l -> !l.isRemoved() && l.getDocument().getId() == documentId)
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException("evidence.notFound", String.valueOf(documentId)));
    String why = Text.nfc(reason);
    if (why == null) {
      throw InvalidInputException.of(Violation.ofField("reason", "evidence.reason.required"));
    }
    Instant now = clock.instant();
    link.remove(caller.username(), now, why);
    audit(campaignId, link, link.getDocument().describe(), null, caller, now, why);
    return link;
  }

  /** What the caller's unit has uploaded in the campaign, to back one more leaf with it. */
  public List<EvidenceDocument> ownDocuments(long campaignId) {
    CampaignAccess.Caller caller = campaignService.caller();
    return caller.unitCode() == null
        ? List.of()
        : documents.documentsOf(campaignId, caller.unitCode());
  }

  /** The documents backing a leaf, for whoever may read it, removed ones included. */
  public List<EvidenceLink> linksOf(long campaignId, String subjectCode, String nodeCode) {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.resolve(campaignId, subjectCode, nodeCode);
    if (!CampaignAccess.mayRead(
        caller, leaf.campaign().getKind(), subjectCode, leaf.leadUnitCode())) {
      throw new ForbiddenException();
    }
    return documents.linksOf(campaignId, subjectCode, nodeCode);
  }

  /** The file of a document, for a caller who may read at least one leaf it backs (or backed). */
  public Download download(long campaignId, long documentId) throws IOException {
    CampaignAccess.Caller caller = campaignService.caller();
    EvidenceDocument document = document(documentId, campaignId);
    if (!mayRead(caller, document)) {
      LOG.warning(
          () ->
              "Refused: "
                  + caller.username()
                  + " ("
                  + caller.unitCode()
                  + ") asked for evidence "
                  + documentId);
      throw new ForbiddenException();
    }
    return new Download(document, store.open(document.getSha256()));
  }

  /**
   * Whether the caller may link or revise the document: it is its unit's (the unit that uploaded
   * it, the asked unit for an answer to a request), never a unit it was sent to, whose leaf it
   * backs; or the caller is Sở Nội vụ.
   */
  private static boolean owns(CampaignAccess.Caller caller, EvidenceDocument document) {
    return caller.manages()
        || (caller.worksForUnit() && document.getOwner().getCode().equals(caller.unitCode()));
  }

  private boolean mayRead(CampaignAccess.Caller caller, EvidenceDocument document) {
    if (caller.seesEverything() || document.getOwner().getCode().equals(caller.unitCode())) {
      return true;
    }
    Campaign campaign = document.getCampaign();
    Assignments.Result assignments = campaign.assignments();
    List<EvidenceLink> links = documents.linksOf(latest(document));
    return links.stream()
        .anyMatch(
            l -> {
              LeafResolver.Leaf leaf =
                  leaves.resolve(campaign, assignments, l.getSubject().getCode(), l.getNodeCode());
              return CampaignAccess.mayRead(
                  caller, campaign.getKind(), leaf.subject().getCode(), leaf.leadUnitCode());
            });
  }

  /** The revision links point at now; older revisions are read under the same rights. */
  private EvidenceDocument latest(EvidenceDocument document) {
    EvidenceDocument current = document;
    for (Optional<EvidenceDocument> next = documents.nextRevision(current);
        next.isPresent();
        next = documents.nextRevision(current)) {
      current = next.get();
    }
    return current;
  }

  /**
   * Keeps an uploaded file as a document of {@code owner} backing the leaf; the record fields are
   * checked before a byte is stored.
   */
  private EvidenceLink store(
      LeafResolver.Leaf leaf,
      OrganisationUnit owner,
      InputStream content,
      String fileName,
      EvidenceMetadata metadata,
      CampaignAccess.Caller caller)
      throws IOException {
    EvidenceMetadata checked = checked(metadata);
    StoredFile file = receive(content, fileName);
    Instant now = clock.instant();
    EvidenceDocument document =
        new EvidenceDocument(
            leaf.campaign(), owner, file, name(fileName), checked, caller.username(), now);
    documents.add(document);
    return link(leaf, document, caller, now);
  }

  private StoredFile receive(InputStream content, String fileName) throws IOException {
    // The name is checked before a byte is kept: a refused upload leaves no file behind.
    name(fileName);
    return store.accept(
        content,
        received -> {
          if (received.size() == 0) {
            throw InvalidInputException.of(Violation.ofField("file", "evidence.empty"));
          }
          String type = EvidenceTypes.check(received.file(), fileName);
          return () -> new StoredFile(received.sha256(), received.size(), type);
        });
  }

  private EvidenceLink link(
      LeafResolver.Leaf leaf,
      EvidenceDocument document,
      CampaignAccess.Caller caller,
      Instant now) {
    EvidenceLink link =
        new EvidenceLink(document, leaf.subject(), leaf.node().getCode(), caller.username(), now);
    documents.add(link);
    audit(leaf.campaign().getId(), link, null, document.describe(), caller, now, null);
    return link;
  }

  private void audit(
      long campaignId,
      EvidenceLink link,
      String before,
      String after,
      CampaignAccess.Caller caller,
      Instant at,
      String reason) {
    assessments.append(
        new AuditEntry(
            campaignId,
            link.getSubject().getCode(),
            link.getNodeCode(),
            "evidence",
            before,
            after,
            caller.username(),
            at,
            reason));
  }

  private EvidenceDocument document(long documentId, long campaignId) {
    return documents
        .find(documentId)
        .filter(d -> d.getCampaign().getId() == campaignId)
        .orElseThrow(() -> new NotFoundException("evidence.notFound", String.valueOf(documentId)));
  }

  private static String name(String fileName) {
    return FileNames.uploaded(fileName, "tai-lieu", "evidence.fileName.invalid");
  }

  private static EvidenceMetadata checked(EvidenceMetadata metadata) {
    EvidenceMetadata m = metadata == null ? new EvidenceMetadata(null, null, null, null) : metadata;
    List<Violation> problems = new ArrayList<>();
    limit(m.number(), 100, "number", problems);
    limit(m.issuer(), 300, "issuer", problems);
    limit(m.citation(), 500, "citation", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return m;
  }

  private static void limit(String value, int max, String field, List<Violation> problems) {
    if (value != null && value.length() > max) {
      problems.add(Violation.ofField(field, "evidence.field.tooLong", max));
    } else if (value != null && Text.hasControlCharacters(value)) {
      problems.add(Violation.ofField(field, "evidence.field.control"));
    }
  }
}
