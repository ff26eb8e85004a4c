package vn.parindex.web.appraisal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.appraisal.CorrectResults;
import vn.parindex.web.shell.FacesMessages;

/**
 * The results page's correction: Sở Nội vụ reopens the units whose published results are wrong,
 * with the reason, and goes on to the appraisal page where their appraisers score them again.
 */
@Named
@RequestScoped
public class ReopenResults {
  @Inject CorrectResults corrections;
  @Inject ResultsView page;
  @Inject FacesMessages messages;

  private List<String> subjects = new ArrayList<>();
  private String reason;

  public String reopen() {
    corrections.reopen(page.getId(), subjects, reason);
    messages.flashInfo("correction.reopened", String.join(", ", subjects));
    return "/app/campaigns/appraisal?faces-redirect=true&id=" + page.getId();
  }

  public List<String> getSubjects() {
    return subjects;
  }

  public void setSubjects(List<String> subjects) {
    this.subjects = subjects;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
