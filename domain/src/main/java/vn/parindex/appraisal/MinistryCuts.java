package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.LeafResolver;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.evidence.EvidenceLink;
import vn.parindex.evidence.EvidenceRepository;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.Roles;

/**
 * The leaves of a PROVINCIAL campaign the province answers the Ministry on: cut by its appraisal,
 * or explained. Sở Nội vụ and viewers see them all, a lead unit those it leads.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class MinistryCuts {
  @Inject AppraisalRepository appraisals;
  @Inject AssessmentRepository assessments;
  @Inject EvidenceRepository documents;
  @Inject LeafResolver leaves;
  @Inject CampaignService campaignService;

  public List<MinistryCut> visible(long campaignId) {
    CampaignAccess.Caller caller = campaignService.caller();
    if (!caller.seesEverything() && !caller.worksForUnit()) {
      LeafResolver.refuse(caller, "read the cuts of the Ministry", campaignId);
    }
    Campaign campaign = leaves.campaign(campaignId);
    if (campaign.getKind() != CampaignKind.PROVINCIAL) {
      throw new ConflictException("ministry.provincialOnly");
    }
    List<MinistryCut> all = of(campaign);
    return caller.seesEverything()
        ? all
        : all.stream().filter(c -> caller.unitCode().equals(c.leadUnitCode())).toList();
  }

  /** Four queries whatever the size of the framework: scores, appraisals, explanations, links. */
  private List<MinistryCut> of(Campaign campaign) {
    long id = campaign.getId();
    Map<String, BigDecimal> self = new HashMap<>();
    assessments.scores(id).stream()
        .filter(s -> s.getSelfScore() != null)
        .forEach(s -> self.put(s.getNodeCode(), s.getSelfScore()));
    List<Appraisal> all = appraisals.appraisals(id);
    Map<String, Appraisal> appraised = MinistryPoints.round(all, 1);
    Map<String, Appraisal> finals = MinistryPoints.round(all, 2);
    Map<String, Explanation> explanations = new HashMap<>();
    appraisals.explanations(id).forEach(e -> explanations.put(e.getNodeCode(), e));
    Map<String, List<MinistryCut.NewDocument>> added = newDocuments(id, appraised);
    Map<String, String> leads = campaign.leadsByNode();
    List<MinistryCut> cuts = new ArrayList<>();
    for (FrameworkNode node : campaign.selfLeaves()) {
      String code = node.getCode();
      BigDecimal own = self.get(code);
      Appraisal ministry = appraised.get(code);
      boolean cut = own != null && ministry != null && ministry.getScore().compareTo(own) < 0;
      if (cut || explanations.containsKey(code)) {
        Appraisal last = finals.get(code);
        cuts.add(
            new MinistryCut(
                code,
                node.getNameVi(),
                node.getMaxScore(),
                leads.get(code),
                own,
                ministry == null ? null : ministry.getScore(),
                last == null ? null : last.getScore(),
                explanations.get(code),
                added.getOrDefault(code, List.of())));
      }
    }
    return cuts;
  }

  /** Per leaf, the documents linked after the Ministry appraised it: the explanation's evidence. */
  private Map<String, List<MinistryCut.NewDocument>> newDocuments(
      long campaignId, Map<String, Appraisal> appraised) {
    Map<String, List<MinistryCut.NewDocument>> added = new HashMap<>();
    documents.activeLinks(campaignId).stream()
        .filter(
            l ->
                appraised.containsKey(l.getNodeCode())
                    && l.getLinkedAt().isAfter(appraised.get(l.getNodeCode()).getAppraisedAt()))
        .sorted(Comparator.comparing(EvidenceLink::getLinkedAt))
        .forEach(
            l ->
                added
                    .computeIfAbsent(l.getNodeCode(), n -> new ArrayList<>())
                    .add(
                        new MinistryCut.NewDocument(
                            l.getDocument().getId(), l.getDocument().describe(), l.getLinkedAt())));
    return added;
  }
}
