package vn.parindex.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.assessment.LeafResolver;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.notice.Notice;
import vn.parindex.notice.NoticeKind;
import vn.parindex.notice.Notices;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.shared.ForbiddenException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * Evidence requests: the lead unit of a leaf asks another unit for documents by a date; that unit
 * sees what it was asked, uploads to the leaf and marks the request done. Both sides and the
 * coordinator see what is open and what is overdue.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class EvidenceRequestService {
  @Inject EvidenceRepository documents;
  @Inject EvidenceService evidence;
  @Inject LeafResolver leaves;
  @Inject UnitRepository units;
  @Inject CampaignService campaignService;
  @Inject Clock clock;
  @Inject Notices notices;

  /** A request as a list shows it, with whether it is overdue today. */
  public record Listed(EvidenceRequest request, boolean overdue) implements Serializable {}

  public EvidenceRequest ask(
      long campaignId,
      String subjectCode,
      String nodeCode,
      String toUnitCode,
      String message,
      LocalDate due) {
    CampaignAccess.Caller caller = campaignService.caller();
    LeafResolver.Leaf leaf = leaves.forScoring(caller, campaignId, subjectCode, nodeCode);
    List<Violation> problems = new ArrayList<>();
    OrganisationUnit to =
        toUnitCode == null
            ? null
            : units.findByCode(toUnitCode).filter(OrganisationUnit::isActive).orElse(null);
    if (to == null) {
      problems.add(Violation.ofField("toUnitCode", "assignment.unit.unknown", toUnitCode));
    } else if (leaf.responsible() != null && to.getCode().equals(leaf.responsible().getCode())) {
      problems.add(Violation.ofField("toUnitCode", "request.toSelf"));
    }
    String text = Text.nfc(message);
    if (text == null || text.length() > 2000) {
      problems.add(Violation.ofField("message", "request.message", 2000));
    }
    if (due == null || due.isBefore(LocalDate.now(clock))) {
      problems.add(Violation.ofField("due", "request.due"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    EvidenceRequest request =
        new EvidenceRequest(
            leaf.campaign(),
            leaf.subject(),
            leaf.node().getCode(),
            leaf.responsible(),
            to,
            text,
            due,
            caller.username(),
            clock.instant());
    documents.add(request);
    notices.tellUnit(
        to.getCode(),
        new Notice.About(
            NoticeKind.REQUEST_RECEIVED,
            leaf.campaign(),
            to.getCode(),
            leaf.node().getCode(),
            request.getFromUnit().getCode() + ": " + text,
            due));
    return request;
  }

  /**
   * The requests the caller's unit sent or received; every request for those who see everything.
   */
  public List<Listed> list(long campaignId) {
    CampaignAccess.Caller caller = campaignService.caller();
    LocalDate today = LocalDate.now(clock);
    return documents.requests(campaignId).stream()
        .filter(
            r ->
                caller.seesEverything()
                    || r.getToUnit().getCode().equals(caller.unitCode())
                    || r.getFromUnit().getCode().equals(caller.unitCode()))
        .map(r -> new Listed(r, r.overdue(today)))
        .toList();
  }

  /** The asked unit's answer: a document for the leaf the request is about. */
  public EvidenceLink answer(
      long campaignId,
      long requestId,
      InputStream content,
      String fileName,
      EvidenceMetadata metadata)
      throws IOException {
    EvidenceRequest request = asked(campaignId, requestId);
    return evidence.uploadOnRequest(request, content, fileName, metadata);
  }

  public EvidenceRequest complete(long campaignId, long requestId, String note) {
    CampaignAccess.Caller caller = campaignService.caller();
    EvidenceRequest request = asked(campaignId, requestId);
    request.complete(caller.username(), clock.instant(), Text.nfc(note));
    String from = request.getFromUnit().getCode();
    String done = request.getDoneNote();
    notices.tellUnit(
        from,
        new Notice.About(
            NoticeKind.REQUEST_ANSWERED,
            request.getCampaign(),
            from,
            request.getNodeCode(),
            request.getToUnit().getCode() + (done == null ? "" : ": " + done),
            null));
    return request;
  }

  /** A request the caller's unit was asked (or any, for the coordinator). */
  private EvidenceRequest asked(long campaignId, long requestId) {
    CampaignAccess.Caller caller = campaignService.caller();
    EvidenceRequest request =
        documents
            .findRequest(requestId)
            .filter(r -> r.getCampaign().getId() == campaignId)
            .orElseThrow(
                () -> new NotFoundException("request.notFound", String.valueOf(requestId)));
    boolean askedUnit =
        caller.worksForUnit() && request.getToUnit().getCode().equals(caller.unitCode());
    if (!askedUnit && !caller.manages()) {
      throw new ForbiddenException();
    }
    return request;
  }
}
