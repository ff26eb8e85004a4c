package vn.parindex.campaign;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.parindex.account.Account;
import vn.parindex.account.AccountService;
import vn.parindex.account.RequestAccount;
import vn.parindex.account.Role;
import vn.parindex.framework.Framework;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkRepository;
import vn.parindex.framework.FrameworkStatus;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitKind;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.shared.ForbiddenException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * The coordinators' use cases for campaigns: create one over a published framework, load who leads
 * which criteria, record the focal pairs, open it, clone it into the next year. Reading is open to
 * every role, narrowed by {@link CampaignAccess} to what the caller's unit may see.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class CampaignService {
  private static final Logger LOG = Logger.getLogger(CampaignService.class.getName());

  @Inject CampaignRepository campaigns;
  @Inject FrameworkRepository frameworks;
  @Inject UnitRepository units;
  @Inject UnitHistory unitHistory;
  @Inject AccountService accountService;
  @Inject Clock clock;
  @Resource SessionContext session;
  @Inject RequestAccount requestAccount;

  @RolesAllowed(Roles.USER)
  public List<Campaign> list() {
    return campaigns.findAll();
  }

  @RolesAllowed(Roles.USER)
  public Campaign get(long id) {
    Campaign campaign = load(id);
    campaign.getFramework().getNodes().forEach(FrameworkNode::getCode);
    campaign.getSubjects().forEach(OrganisationUnit::getCode);
    campaign.getFocalPairs().forEach(FocalPair::getUnit);
    return campaign;
  }

  public Campaign create(NewCampaign request) {
    List<Violation> problems = new ArrayList<>();
    String name = Text.nfc(request.name());
    if (name == null) {
      problems.add(Violation.ofField("name", "campaign.name.required"));
    }
    Integer year = request.year();
    if (year == null || year < 2000 || year > 2100) {
      problems.add(Violation.ofField("year", "campaign.year.invalid"));
    }
    CampaignKind kind = null;
    try {
      kind = CampaignKind.valueOf(String.valueOf(request.kind()));
    } catch (IllegalArgumentException e) {
      problems.add(Violation.ofField("kind", "campaign.kind.invalid"));
    }
    Framework framework =
        request.frameworkId() == null ? null : frameworks.find(request.frameworkId()).orElse(null);
    if (framework == null) {
      problems.add(Violation.ofField("frameworkId", "campaign.framework.unknown"));
    } else {
      checkFramework(framework, year, kind, problems);
    }
    Phases phases = request.phases() == null ? new Phases() : request.phases();
    problems.addAll(phases.problems());
    List<OrganisationUnit> subjects =
        framework == null || kind == null
            ? List.of()
            : subjects(kind, framework, request.subjectUnitCodes(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Campaign campaign =
        new Campaign(name, year, framework, kind, phases, subjects, clock.instant());
    campaign.setFourEyes(!Boolean.FALSE.equals(request.fourEyes()));
    campaigns.add(campaign);
    LOG.info(() -> "Campaign " + name + " created by " + username());
    return campaign;
  }

  private static void checkFramework(
      Framework framework, Integer year, CampaignKind kind, List<Violation> problems) {
    if (framework.getStatus() != FrameworkStatus.PUBLISHED) {
      problems.add(
          Violation.ofField("frameworkId", "campaign.framework.notPublished", framework.getCode()));
    }
    if (year != null
        && (year < framework.getFromYear()
            || (framework.getToYear() != null && year > framework.getToYear()))) {
      problems.add(
          Violation.ofField("year", "campaign.year.outsideFramework", framework.getCode()));
    }
    if (kind != null
        && (kind == CampaignKind.PROVINCIAL) != (framework.getTargetGroup() == UnitKind.PROVINCE)) {
      problems.add(Violation.ofField("kind", "campaign.kind.framework"));
    }
  }

  private List<OrganisationUnit> subjects(
      CampaignKind kind, Framework framework, List<String> codes, List<Violation> problems) {
    List<OrganisationUnit> active =
        units.findAll().stream().filter(OrganisationUnit::isActive).toList();
    if (kind == CampaignKind.PROVINCIAL) {
      List<OrganisationUnit> province =
          active.stream().filter(u -> u.getKind() == UnitKind.PROVINCE).limit(1).toList();
      if (province.isEmpty()) {
        problems.add(Violation.ofField("kind", "campaign.province.missing"));
      }
      return province;
    }
    if (codes == null || codes.isEmpty()) {
      return active.stream().filter(u -> u.getKind() == framework.getTargetGroup()).toList();
    }
    List<OrganisationUnit> chosen = new ArrayList<>();
    for (String code : new LinkedHashSet<>(codes)) {
      active.stream()
          .filter(u -> u.getCode().equals(code))
          .findFirst()
          .ifPresentOrElse(
              chosen::add,
              () ->
                  problems.add(
                      Violation.ofField("subjectUnitCodes", "assignment.unit.unknown", code)));
    }
    return chosen;
  }

  /**
   * Replaces the assignment rules of a DRAFT with a table in the layout of the 2022 file. Nothing
   * is saved unless every code exists and every SELF leaf gets exactly one lead unit.
   */
  public Assignments.Result importAssignments(long id, List<AssignmentRow> rows) {
    Campaign campaign = load(id);
    campaign.ensureDraft();
    Set<String> nodeCodes =
        campaign.getFramework().getNodes().stream()
            .map(FrameworkNode::getCode)
            .collect(Collectors.toSet());
    Set<String> unitCodes =
        units.findAll().stream()
            .filter(OrganisationUnit::isActive)
            .map(OrganisationUnit::getCode)
            .collect(Collectors.toSet());
    List<Violation> problems = new ArrayList<>(Assignments.check(rows, nodeCodes, unitCodes));
    Assignments.Result result =
        Assignments.resolve(
            campaign.selfLeaves().stream().map(FrameworkNode::getCode).toList(), rows);
    problems.addAll(result.problems());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    campaign.replaceRules(rows);
    LOG.info(() -> "Assignment of campaign " + campaign.getName() + " loaded by " + username());
    return result;
  }

  /** Who leads each SELF leaf, narrowed to what the caller may see. */
  @RolesAllowed(Roles.USER)
  public List<Assignments.Assignment> assignments(long id) {
    Campaign campaign = load(id);
    CampaignAccess.Caller caller = caller();
    String subject = ownSubject(campaign, caller);
    return CampaignAccess.visible(
        caller, campaign.getKind(), subject, campaign.assignments().assignments());
  }

  /**
   * The leaves one unit leads (PROVINCIAL) or scores in its own assessment (INTERNAL). Another
   * unit's list is refused, and the attempt logged.
   */
  @RolesAllowed(Roles.USER)
  public List<FrameworkNode> leavesOf(long id, String unitCode) {
    Campaign campaign = load(id);
    CampaignAccess.Caller caller = caller();
    if (!caller.seesEverything() && !unitCode.equals(caller.unitCode())) {
      LOG.warning(
          () ->
              "Refused: "
                  + caller.username()
                  + " ("
                  + caller.unitCode()
                  + ") asked for the criteria of "
                  + unitCode
                  + " in campaign "
                  + id);
      throw new ForbiddenException();
    }
    if (campaign.getKind() == CampaignKind.INTERNAL) {
      return campaign.getSubjects().stream().anyMatch(u -> u.getCode().equals(unitCode))
          ? campaign.selfLeaves()
          : List.of();
    }
    Set<String> led =
        campaign.assignments().assignments().stream()
            .filter(a -> a.leadUnitCode().equals(unitCode))
            .map(Assignments.Assignment::nodeCode)
            .collect(Collectors.toSet());
    return campaign.selfLeaves().stream().filter(n -> led.contains(n.getCode())).toList();
  }

  /** Opens a DRAFT for self-assessment; what blocks it is listed. */
  public Campaign open(long id) {
    Campaign campaign = load(id);
    campaign.ensureDraft();
    List<Violation> problems = new ArrayList<>(campaign.assignments().problems());
    if (campaign.getPhases().getSelfAssessmentOpens() == null) {
      problems.add(Violation.ofField("phases.selfAssessmentOpens", "campaign.phases.required"));
    }
    if (campaign.getPhases().getSelfAssessmentCloses() == null) {
      problems.add(Violation.ofField("phases.selfAssessmentCloses", "campaign.phases.required"));
    }
    if (campaign.getSubjects().isEmpty()) {
      problems.add(Violation.ofField("subjectUnitCodes", "campaign.subjects.none"));
    }
    problems.addAll(retiredUnits(campaign));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    campaign.open();
    LOG.info(() -> "Campaign " + campaign.getName() + " opened by " + username());
    return campaign;
  }

  /**
   * The rules whose lead unit is no longer active: a unit split or dissolved since the rules were
   * written, which a person must replace before the campaign opens.
   */
  private List<Violation> retiredUnits(Campaign campaign) {
    return campaign.ruleRows().stream()
        .filter(r -> units.findByCode(r.leadUnitCode()).map(u -> !u.isActive()).orElse(false))
        .map(
            r ->
                Violation.ofCell(
                    r.row(), "lead_unit_code", "campaign.rule.retired", r.row(), r.leadUnitCode()))
        .toList();
  }

  /** Next year's DRAFT: rules, subjects and focal pairs copied, scores and statuses not. */
  public Campaign cloneInto(long id, String name, Integer year, Long frameworkId) {
    Campaign source = load(id);
    List<Violation> problems = new ArrayList<>();
    if (Text.nfc(name) == null) {
      problems.add(Violation.ofField("name", "campaign.name.required"));
    }
    if (year == null || year <= source.getYear() || year > 2100) {
      problems.add(Violation.ofField("year", "campaign.clone.year", source.getYear()));
    }
    Framework framework =
        frameworkId == null ? source.getFramework() : frameworks.find(frameworkId).orElse(null);
    if (framework == null) {
      problems.add(Violation.ofField("frameworkId", "campaign.framework.unknown"));
    } else {
      checkFramework(framework, year, source.getKind(), problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Campaign next =
        source.cloneInto(
            Text.nfc(name),
            year,
            framework,
            clock.instant(),
            new Succession(unitHistory.lineage(), units::findByCode));
    campaigns.add(next);
    return next;
  }

  /** The unit whose assessment an officer of an INTERNAL campaign works on: its own. */
  private static String ownSubject(Campaign campaign, CampaignAccess.Caller caller) {
    return campaign.getKind() == CampaignKind.PROVINCIAL
        ? campaign.getSubjects().stream().findFirst().map(OrganisationUnit::getCode).orElse(null)
        : caller.unitCode();
  }

  /** The caller's unit and roles, as stored with its account. */
  @RolesAllowed(Roles.USER)
  public CampaignAccess.Caller caller() {
    Account account =
        requestAccount
            .get(username())
            .orElseThrow(() -> new NotFoundException("account.notFound", username()));
    Set<Role> roles = account.getRoles().isEmpty() ? Set.of() : EnumSet.copyOf(account.getRoles());
    return new CampaignAccess.Caller(
        account.getUsername(),
        account.getUnit() == null ? null : account.getUnit().getCode(),
        roles);
  }

  private String username() {
    return session.getCallerPrincipal().getName();
  }

  private Campaign load(long id) {
    return campaigns
        .find(id)
        .orElseThrow(() -> new NotFoundException("campaign.notFound", String.valueOf(id)));
  }
}
