package vn.parindex.web.survey;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.assessment.Reminder;
import vn.parindex.campaign.CampaignService;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.survey.Participation;
import vn.parindex.survey.RespondentStatus;
import vn.parindex.survey.SurveyParticipation;
import vn.parindex.survey.SurveyRespondent;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.FindingView;
import vn.parindex.web.shell.Uploads;

/**
 * {@code app/campaigns/survey.xhtml?id=…}: the leaders' survey of a campaign. Sở Nội vụ loads the
 * list or the Ministry's export, invites the units' leaders, sets the deadline and quotas, enters
 * answers and reminds the units below quota; a unit's people follow their own unit's part.
 */
@Named
@ViewScoped
public class FollowSurvey implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SurveyParticipation participation;
  @Inject CampaignService campaigns;
  @Inject FacesMessages messages;

  private Long id;
  private boolean manager;
  private transient SurveyParticipation.View view;
  private LocalDate deadline;
  private List<QuotaLine> quotas = List.of();
  private transient UploadedFile listFile;
  private List<FindingView> listProblems = List.of();
  private LocalDate answerDay;

  /** A unit's line with the quota Sở Nội vụ may set: empty counts everyone on its list. */
  public static final class QuotaLine implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final transient Participation.Line line;
    private Integer quota;

    QuotaLine(SurveyParticipation.UnitLine unit) {
      this.name = unit.name();
      this.line = unit.line();
      this.quota = line.quotaSet() ? line.quota() : null;
    }

    public String getName() {
      return name;
    }

    public Participation.Line getLine() {
      return line;
    }

    public Integer getQuota() {
      return quota;
    }

    public void setQuota(Integer quota) {
      this.quota = quota;
    }
  }

  public void load() {
    manager = campaigns.caller().manages();
    refresh();
  }

  private void refresh() {
    view = participation.view(id);
    deadline = view.deadline();
    quotas = view.units().stream().map(QuotaLine::new).toList();
  }

  /** The list or the Ministry's export; a wrong row is shown and nothing saved. */
  public void importList() {
    listProblems = List.of();
    byte[] table = Uploads.bytes(listFile, "listFile");
    try {
      SurveyParticipation.Imported imported = participation.importTable(id, table);
      messages.info("survey.loaded", imported.added(), imported.updated());
      refresh();
    } catch (InvalidInputException e) {
      // A table's wrong rows are the answer to show, row by row, not a failure of the page.
      listProblems = messages.findings(e);
    }
  }

  public void invite() {
    messages.info("survey.invitedAdded", participation.inviteLeaders(id));
    refresh();
  }

  /** The deadline and the quotas typed in the table. */
  public void savePlan() {
    Map<String, Integer> set = new LinkedHashMap<>();
    quotas.stream()
        .filter(q -> q.getQuota() != null)
        .forEach(q -> set.put(q.getLine().unitCode(), q.getQuota()));
    participation.plan(id, deadline, set, view.version());
    messages.info("survey.planSaved");
    refresh();
  }

  /** Marks a person answered on the day chosen (today if none), or takes it back. */
  public void mark(SurveyRespondent person, boolean answered) {
    participation.mark(
        id,
        person.getId(),
        answered ? RespondentStatus.ANSWERED : RespondentStatus.INVITED,
        answerDay,
        person.getVersion());
    refresh();
  }

  /** The day an answer entered by hand was given; none is today. */
  public LocalDate getAnswerDay() {
    return answerDay;
  }

  public void setAnswerDay(LocalDate answerDay) {
    this.answerDay = answerDay;
  }

  /** Takes a person listed by mistake off the list. */
  public void remove(SurveyRespondent person) {
    participation.remove(id, person.getId(), person.getVersion());
    messages.info("survey.removed", person.getFullName());
    refresh();
  }

  public void remind() {
    List<Reminder> made = participation.remind(id);
    messages.info(
        "survey.reminded", made.size(), made.stream().filter(Reminder::isDelivered).count());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isManager() {
    return manager;
  }

  public SurveyParticipation.View getView() {
    return view;
  }

  public List<QuotaLine> getQuotas() {
    return quotas;
  }

  public List<SurveyRespondent> getRespondents() {
    return view.respondents();
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public UploadedFile getListFile() {
    return listFile;
  }

  public void setListFile(UploadedFile listFile) {
    this.listFile = listFile;
  }

  public List<FindingView> getListProblems() {
    return listProblems;
  }
}
