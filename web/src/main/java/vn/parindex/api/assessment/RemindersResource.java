package vn.parindex.api.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import vn.parindex.assessment.Reminder;
import vn.parindex.assessment.ReminderService;

/** {@code campaigns/{id}/reminders}: the e-mails sent to units that were behind. */
@Path("campaigns/{id}/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class RemindersResource {
  @Inject ReminderService reminders;

  /** A reminder sent to a unit that was behind. */
  public record ReminderJson(
      String unitCode,
      List<String> reasons,
      String recipients,
      Instant sentAt,
      String sentBy,
      boolean delivered,
      String failure) {
    static ReminderJson of(Reminder r) {
      return new ReminderJson(
          r.getUnitCode(),
          r.getReasons().stream().map(Enum::name).toList(),
          r.getRecipients(),
          r.getSentAt(),
          r.getSentBy(),
          r.isDelivered(),
          r.getFailure());
    }
  }

  /** Reminds every unit that is behind now, by e-mail; gives the reminders made. */
  @POST
  public List<ReminderJson> remind(@PathParam("id") long id) {
    return reminders.remindNow(id).stream().map(ReminderJson::of).toList();
  }

  /** Every reminder of the campaign, newest first. */
  @GET
  public List<ReminderJson> reminders(@PathParam("id") long id) {
    return reminders.reminders(id).stream().map(ReminderJson::of).toList();
  }
}
