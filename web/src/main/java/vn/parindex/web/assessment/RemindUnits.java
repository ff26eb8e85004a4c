package vn.parindex.web.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.parindex.assessment.Reminder;
import vn.parindex.assessment.ReminderService;
import vn.parindex.shared.Mailer;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.Messages;

/**
 * The reminders of the consolidation page ({@code app/campaigns/consolidation.xhtml?id=…}): Sở Nội
 * vụ reminds the units that are behind now, and reads every reminder sent, by hand or daily.
 */
@Named
@ViewScoped
public class RemindUnits implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ReminderService service;
  @Inject Mailer mailer;
  @Inject FacesMessages messages;
  @Inject Messages bundle;

  private Long id;
  private transient List<Reminder> reminders;

  public void load() {
    reminders = service.reminders(id);
  }

  public void remind() {
    List<Reminder> made = service.remindNow(id);
    if (made.isEmpty()) {
      messages.info("reminders.nobody");
    } else {
      messages.info(
          "reminders.made", made.size(), made.stream().filter(Reminder::isDelivered).count());
    }
    load();
  }

  /** Whether it went out, or why not, in the page's language. */
  public String outcome(Reminder reminder) {
    String key =
        reminder.isDelivered()
            ? "reminders.delivered"
            : Mailer.NO_ADDRESS.equals(reminder.getFailure())
                ? "reminders.noAddress"
                : Mailer.NOT_CONFIGURED.equals(reminder.getFailure())
                    ? "reminders.notConfigured"
                    : "reminders.failed";
    return bundle.get(
        FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, reminder.getFailure());
  }

  public boolean isMailConfigured() {
    return mailer.configured();
  }

  public List<Reminder> getReminders() {
    if (reminders == null) {
      load();
    }
    return reminders;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
