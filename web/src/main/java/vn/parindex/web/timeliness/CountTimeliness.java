package vn.parindex.web.timeliness;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.timeliness.LapseKind;
import vn.parindex.timeliness.TimelinessDeductions;
import vn.parindex.timeliness.TimelinessRules;
import vn.parindex.web.shell.FacesMessages;

/**
 * The "counted in the evaluation" part of {@code app/timeliness.xhtml}, for Sở Nội vụ: an INTERNAL
 * campaign of the year, the points each kind of lapse takes off and the cap, what each subject
 * would lose with its arithmetic, and the deductions applied while the campaign is appraised.
 */
@Named
@ViewScoped
public class CountTimeliness implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FollowTimeliness page;
  @Inject CampaignService campaigns;
  @Inject TimelinessDeductions deductions;
  @Inject FacesMessages messages;

  /** One kind's points as the form edits them. */
  public static final class RuleLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LapseKind kind;
    private BigDecimal points;

    RuleLine(LapseKind kind, BigDecimal points) {
      this.kind = kind;
      this.points = points;
    }

    public LapseKind getKind() {
      return kind;
    }

    public BigDecimal getPoints() {
      return points;
    }

    public void setPoints(BigDecimal points) {
      this.points = points;
    }
  }

  private Long campaignId;
  private List<RuleLine> lines = List.of();
  private BigDecimal cap;
  private boolean appraising;
  private transient Integer campaignsOf;
  private transient List<Campaign> campaignsOfYear;
  private transient List<TimelinessDeductions.SubjectDeduction> preview;

  /**
   * The INTERNAL campaigns of the page's year that have been opened; read once a year chosen, not
   * at each of the several times a render asks for them.
   */
  public List<Campaign> getCampaigns() {
    if (campaignsOf == null || campaignsOf != page.getYear()) {
      campaignsOfYear =
          campaigns.list().stream()
              .filter(c -> c.getKind() == CampaignKind.INTERNAL)
              .filter(c -> c.getYear() == page.getYear() && c.getStatus() != CampaignStatus.DRAFT)
              .toList();
      campaignsOf = page.getYear();
    }
    return campaignsOfYear;
  }

  /** Reads the chosen campaign's rules into the form. */
  public void choose() {
    preview = null;
    if (campaignId == null) {
      lines = List.of();
      return;
    }
    TimelinessRules rules = deductions.rules(campaignId);
    List<RuleLine> read = new ArrayList<>();
    rules.points().forEach((kind, points) -> read.add(new RuleLine(kind, points)));
    lines = read;
    cap = rules.getCap();
    appraising = campaigns.get(campaignId).getStatus() == CampaignStatus.APPRAISAL;
  }

  public void save() {
    Map<LapseKind, BigDecimal> points = new EnumMap<>(LapseKind.class);
    lines.forEach(l -> points.put(l.getKind(), l.getPoints()));
    deductions.setRules(campaignId, points, cap);
    preview = null;
    messages.info("timeliness.rulesSaved");
  }

  public void apply() {
    preview = deductions.apply(campaignId);
    messages.info("timeliness.applied", preview.size());
  }

  /** What each subject would lose under the saved rules. */
  public List<TimelinessDeductions.SubjectDeduction> getPreview() {
    if (preview == null && campaignId != null) {
      preview = deductions.preview(campaignId);
    }
    return preview == null ? List.of() : preview;
  }

  /** Whether the chosen campaign is being appraised, when deductions may be applied. */
  public boolean isAppraising() {
    return appraising;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public void setCampaignId(Long campaignId) {
    this.campaignId = campaignId;
  }

  public List<RuleLine> getLines() {
    return lines;
  }

  public BigDecimal getCap() {
    return cap;
  }

  public void setCap(BigDecimal cap) {
    this.cap = cap;
  }
}
