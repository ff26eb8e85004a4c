package vn.parindex.appraisal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.CampaignService;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.Method;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.adapter.TableFile;

/**
 * The sociological survey's points: Sở Nội vụ loads them per subject and SURVEY leaf from the
 * survey's table (CSV or XLSX); a loaded value is replaced by a later table, and each change is in
 * the leaf's audit trail.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class SurveyService {
  private static final Logger LOG = Logger.getLogger(SurveyService.class.getName());

  @Inject CampaignRepository campaigns;
  @Inject SurveyRepository surveys;
  @Inject AssessmentRepository assessments;
  @Inject CampaignService campaignService;
  @Inject Clock clock;
  @Resource SessionContext session;

  /** How many values were new and how many replaced an earlier import. */
  public record Imported(int added, int updated) {}

  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public Imported importTable(long campaignId, byte[] content) {
    Campaign campaign = campaign(campaignId);
    Map<String, OrganisationUnit> subjects =
        campaign.getSubjects().stream()
            .collect(Collectors.toMap(OrganisationUnit::getCode, u -> u));
    Map<String, BigDecimal> surveyLeaves = new HashMap<>();
    campaign.getFramework().getNodes().stream()
        .filter(n -> n.isLeaf() && n.getMethod() == Method.SURVEY)
        .forEach(n -> surveyLeaves.put(n.getCode(), n.getMaxScore()));
    List<SurveyTable.Row> rows =
        SurveyTable.parse(TableFile.records(content), subjects.keySet(), surveyLeaves);
    Map<String, SurveyScore> stored =
        surveys.scores(campaignId).stream()
            .collect(
                Collectors.toMap(s -> s.getSubject().getCode() + "/" + s.getNodeCode(), s -> s));
    String by = session.getCallerPrincipal().getName();
    Instant at = clock.instant();
    int added = 0;
    for (SurveyTable.Row row : rows) {
      SurveyScore score = stored.get(row.unitCode() + "/" + row.nodeCode());
      String before = score == null ? null : plain(score.getPoints());
      if (score == null) {
        score = new SurveyScore(campaign, subjects.get(row.unitCode()), row.nodeCode());
        surveys.add(score);
        added++;
      }
      score.set(row.points(), row.percent(), by, at);
      if (!plain(row.points()).equals(before)) {
        assessments.append(
            new AuditEntry(
                campaignId,
                row.unitCode(),
                row.nodeCode(),
                "survey",
                before,
                plain(row.points()),
                by,
                at,
                null));
      }
    }
    Imported result = new Imported(added, rows.size() - added);
    LOG.info(() -> "Survey points of campaign " + campaign.getName() + " loaded: " + result);
    return result;
  }

  /** The loaded points a caller may see: all of them, or its own unit's. */
  public List<SurveyScore> scores(long campaignId) {
    campaign(campaignId);
    CampaignAccess.Caller caller = campaignService.caller();
    return surveys.scores(campaignId).stream()
        .filter(s -> caller.seesEverything() || s.getSubject().getCode().equals(caller.unitCode()))
        .toList();
  }

  /** The SURVEY leaves of a campaign's framework, for the page that explains the layout. */
  public Set<String> surveyLeaves(long campaignId) {
    return campaign(campaignId).getFramework().getNodes().stream()
        .filter(n -> n.isLeaf() && n.getMethod() == Method.SURVEY)
        .map(FrameworkNode::getCode)
        .collect(Collectors.toSet());
  }

  private Campaign campaign(long id) {
    return campaigns
        .find(id)
        .orElseThrow(() -> new NotFoundException("campaign.notFound", String.valueOf(id)));
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }
}
