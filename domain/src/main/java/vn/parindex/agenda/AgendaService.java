package vn.parindex.agenda;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.account.Account;
import vn.parindex.account.RequestAccount;
import vn.parindex.account.Role;
import vn.parindex.appraisal.AppraisalRepository;
import vn.parindex.appraisal.AppraisalSheet;
import vn.parindex.appraisal.ExplanationReview;
import vn.parindex.appraisal.MinistryCuts;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.campaign.Assignments;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.campaign.NominateFocalPairs;
import vn.parindex.campaign.Phases;
import vn.parindex.evidence.EvidenceRequestService;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.shared.Roles;

/**
 * The home page's use case: what the caller has to do next, by the roles of its account. Each list
 * is read through the use case of the page it links to, with that page's access check.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class AgendaService {
  /** The stages in which a unit still has something to do or to watch. */
  private static final Set<CampaignStatus> UNIT_STAGES =
      EnumSet.of(CampaignStatus.OPEN, CampaignStatus.APPRAISAL, CampaignStatus.EXPLANATION);

  @Inject CampaignService campaigns;
  @Inject NominateFocalPairs focalPairs;
  @Inject SelfAssessmentService assessment;
  @Inject EvidenceRequestService requests;
  @Inject AppraisalSheet sheet;
  @Inject MinistryCuts cuts;
  @Inject AppraisalRepository appraisals;
  @Inject RequestAccount requestAccount;
  @Inject Clock clock;

  public Agenda today() {
    CampaignAccess.Caller caller = campaigns.caller();
    Account account = requestAccount.get(caller.username()).orElseThrow();
    LocalDate today = LocalDate.now(clock);
    List<Campaign> all = campaigns.list();
    return new Agenda(
        account.getFullName() == null ? account.getUsername() : account.getFullName(),
        account.getUnit(),
        caller.worksForUnit() ? work(all, caller.unitCode(), today) : List.of(),
        caller.manages() ? coordination(all, today) : List.of(),
        caller.roles().contains(Role.APPRAISER) && caller.unitCode() != null
            ? appraisals(all, caller.unitCode(), today)
            : List.of(),
        all.stream()
            .filter(c -> c.getStatus() == CampaignStatus.PUBLISHED)
            .map(c -> new PublishedResult(c.getId(), c.getName(), c.getYear(), c.getKind()))
            .toList());
  }

  private List<UnitWork> work(List<Campaign> all, String unitCode, LocalDate today) {
    List<UnitWork> work = new ArrayList<>();
    for (Campaign campaign : all) {
      if (UNIT_STAGES.contains(campaign.getStatus())
          && campaign.responsibleUnitCodes().contains(unitCode)) {
        long id = campaign.getId();
        List<EvidenceRequestService.Listed> asked =
            requests.list(id).stream()
                .filter(
                    l ->
                        !l.request().isDone() && l.request().getToUnit().getCode().equals(unitCode))
                .toList();
        work.add(
            UnitWork.of(
                assessment.workspace(id, unitCode),
                new UnitWork.Requests(
                    asked.size(),
                    (int) asked.stream().filter(EvidenceRequestService.Listed::overdue).count()),
                explanationsAsked(campaign, unitCode),
                today));
      }
    }
    return work;
  }

  /**
   * The leaves round 1 asked the unit to explain that it has not explained yet; in a PROVINCIAL
   * campaign the leaves it leads that the Ministry cut, unexplained or returned by Sở Nội vụ.
   */
  private int explanationsAsked(Campaign campaign, String unitCode) {
    if (campaign.getStatus() != CampaignStatus.EXPLANATION) {
      return 0;
    }
    if (campaign.getKind() == CampaignKind.PROVINCIAL) {
      return (int)
          cuts.visible(campaign.getId()).stream()
              .filter(c -> unitCode.equals(c.leadUnitCode()))
              .filter(
                  c ->
                      c.explanation() == null
                          || c.explanation().getReview() == ExplanationReview.RETURNED)
              .count();
    }
    return (int)
        sheet.rows(campaign.getId(), unitCode).stream()
            .filter(r -> r.isExplanationAsked() && r.getExplanation() == null)
            .count();
  }

  private List<Coordination> coordination(List<Campaign> all, LocalDate today) {
    return all.stream()
        .filter(c -> !c.isOver())
        .map(
            c ->
                Coordination.of(
                    c,
                    c.isDraft() ? List.of() : assessment.progress(c.getId()),
                    c.isDraft() ? List.of() : focalPairs.focalPairs(c.getId()),
                    today))
        .toList();
  }

  /**
   * The appraiser's leaves (those its unit is assigned to appraise) of every subject, less those
   * appraised in the current round, counted by the database: 400 subjects are not read leaf by leaf
   * for a home page.
   */
  private List<AppraisalWork> appraisals(List<Campaign> all, String unitCode, LocalDate today) {
    List<AppraisalWork> queue = new ArrayList<>();
    for (Campaign campaign : all) {
      if (campaign.getKind() != CampaignKind.INTERNAL
          || campaign.getStatus() != CampaignStatus.APPRAISAL) {
        continue;
      }
      Set<String> selfLeaves =
          campaign.selfLeaves().stream().map(n -> n.getCode()).collect(Collectors.toSet());
      List<String> nodes =
          campaign.assignments().assignments().stream()
              .filter(a -> unitCode.equals(a.leadUnitCode()))
              .map(Assignments.Assignment::nodeCode)
              .filter(selfLeaves::contains)
              .toList();
      Map<String, Long> appraised =
          appraisals.appraisedPerSubject(campaign.getId(), campaign.getAppraisalRound(), nodes);
      int subjectsWaiting = 0;
      int leavesWaiting = 0;
      for (OrganisationUnit subject : campaign.getSubjects()) {
        int left = nodes.size() - appraised.getOrDefault(subject.getCode(), 0L).intValue();
        subjectsWaiting += left > 0 ? 1 : 0;
        leavesWaiting += Math.max(0, left);
      }
      Phases.Milestone due = campaign.getPhases().milestone("appraisalDue").orElse(null);
      queue.add(
          new AppraisalWork(
              campaign.getId(),
              campaign.getName(),
              campaign.getAppraisalRound(),
              due,
              due == null ? null : due.daysFrom(today),
              campaign.getSubjects().size(),
              subjectsWaiting,
              leavesWaiting));
    }
    return queue;
  }
}
