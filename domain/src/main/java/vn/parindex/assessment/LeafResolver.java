package vn.parindex.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import vn.parindex.campaign.Assignments;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.Method;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.ForbiddenException;
import vn.parindex.shared.NotFoundException;

/**
 * Finds a leaf of a subject's assessment with who leads and who scores it, and applies the two
 * guards every change passes: the caller's unit may score it (else 403, logged), and the unit's
 * work is still open for editing (else 409).
 */
@ApplicationScoped
public class LeafResolver {
  private static final Logger LOG = Logger.getLogger(LeafResolver.class.getName());

  @Inject CampaignRepository campaigns;
  @Inject UnitRepository units;
  @Inject AssessmentRepository assessments;
  @Inject Clock clock;

  /** A leaf of one subject, with its lead, coordinating and responsible units (SELF leaves). */
  public record Leaf(
      Campaign campaign,
      OrganisationUnit subject,
      FrameworkNode node,
      String leadUnitCode,
      List<String> coordinatingUnitCodes,
      OrganisationUnit responsible)
      implements Serializable {}

  public Campaign campaign(long id) {
    return campaigns
        .find(id)
        .orElseThrow(() -> new NotFoundException("campaign.notFound", String.valueOf(id)));
  }

  public Leaf resolve(long campaignId, String subjectCode, String nodeCode) {
    Campaign campaign = campaign(campaignId);
    return resolve(campaign, campaign.assignments(), subjectCode, nodeCode);
  }

  public Leaf resolve(
      Campaign campaign, Assignments.Result assignments, String subjectCode, String nodeCode) {
    OrganisationUnit subject =
        campaign.getSubjects().stream()
            .filter(u -> u.getCode().equals(subjectCode))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("assessment.subject.unknown", subjectCode));
    FrameworkNode node =
        campaign.getFramework().getNodes().stream()
            .filter(n -> n.isLeaf() && n.getCode().equals(nodeCode))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("assessment.leaf.unknown", nodeCode));
    Assignments.Assignment assignment =
        assignments.assignments().stream()
            .filter(a -> a.nodeCode().equals(nodeCode))
            .findFirst()
            .orElse(null);
    return leaf(campaign, subject, node, assignment, code -> units.findByCode(code).orElse(null));
  }

  /**
   * Every SELF leaf of every subject, subject by subject in the framework's order. Assignments and
   * responsible units are looked up once for the campaign, not once per leaf, so that a table of a
   * whole campaign costs the same few queries whatever the number of units.
   */
  public List<Leaf> all(Campaign campaign) {
    return all(campaign, campaign.getSubjects(), campaign.selfLeaves());
  }

  /** These leaves of these subjects only, in the same order: a page of the consolidation. */
  public List<Leaf> all(
      Campaign campaign, List<OrganisationUnit> subjects, List<FrameworkNode> nodes) {
    Map<String, Assignments.Assignment> byNode = new HashMap<>();
    campaign.assignments().assignments().forEach(a -> byNode.put(a.nodeCode(), a));
    Map<String, Optional<OrganisationUnit>> responsible = new HashMap<>();
    // The subjects are loaded with the campaign; in an internal campaign each is responsible for
    // its own leaves, and a query apiece would grow with the units (StatementsPerRequestIT).
    campaign.getSubjects().forEach(s -> responsible.put(s.getCode(), Optional.of(s)));
    Function<String, OrganisationUnit> unit =
        code -> responsible.computeIfAbsent(code, units::findByCode).orElse(null);
    List<Leaf> all = new ArrayList<>();
    for (OrganisationUnit subject : subjects) {
      for (FrameworkNode node : nodes) {
        all.add(leaf(campaign, subject, node, byNode.get(node.getCode()), unit));
      }
    }
    return all;
  }

  private static Leaf leaf(
      Campaign campaign,
      OrganisationUnit subject,
      FrameworkNode node,
      Assignments.Assignment assignment,
      Function<String, OrganisationUnit> units) {
    String lead = assignment == null ? null : assignment.leadUnitCode();
    String responsible =
        CampaignAccess.responsibleUnit(campaign.getKind(), subject.getCode(), lead);
    return new Leaf(
        campaign,
        subject,
        node,
        lead,
        assignment == null ? List.of() : assignment.coordinatingUnitCodes(),
        responsible == null ? null : units.apply(responsible));
  }

  /**
   * A SELF leaf, if the caller's unit may score it; otherwise 403, and the attempt is logged. A
   * survey leaf is not self-scored (404).
   */
  public Leaf forScoring(
      CampaignAccess.Caller caller, long campaignId, String subjectCode, String nodeCode) {
    Leaf leaf = resolve(campaignId, subjectCode, nodeCode);
    if (leaf.node().getMethod() != Method.SELF) {
      throw new NotFoundException("assessment.leaf.unknown", nodeCode);
    }
    if (!CampaignAccess.maySelfScore(
        caller, leaf.campaign().getKind(), subjectCode, leaf.leadUnitCode())) {
      refuse(caller, "score " + subjectCode + "/" + nodeCode, campaignId);
    }
    return leaf;
  }

  /** The unit's submission, opened on first use. */
  public Submission submission(Campaign campaign, OrganisationUnit unit) {
    return assessments
        .findSubmission(campaign.getId(), unit.getCode())
        .orElseGet(
            () -> {
              Submission created = new Submission(campaign, unit);
              assessments.add(created);
              return created;
            });
  }

  /** Refuses a change once the unit's work is sent, closed or not yet open. */
  public Submission ensureEditable(Leaf leaf) {
    Submission submission = submission(leaf.campaign(), leaf.responsible());
    if (!submission.editable(LocalDate.now(clock))) {
      throw new ConflictException("assessment.locked", leaf.responsible().getCode());
    }
    return submission;
  }

  /** Logs who tried what on which campaign, and refuses it with 403. */
  public static void refuse(CampaignAccess.Caller caller, String what, long campaignId) {
    LOG.warning(
        () ->
            "Refused: "
                + caller.username()
                + " ("
                + caller.unitCode()
                + ") tried to "
                + what
                + " in campaign "
                + campaignId);
    throw new ForbiddenException();
  }
}
