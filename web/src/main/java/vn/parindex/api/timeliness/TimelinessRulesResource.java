package vn.parindex.api.timeliness;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.parindex.api.problem.Bodies;
import vn.parindex.timeliness.LapseKind;
import vn.parindex.timeliness.TimelinessDeductions;

/**
 * {@code campaigns/{id}/timeliness}: how an INTERNAL campaign counts the record of timeliness
 * (points per kind of lapse, a cap), what each subject would lose, and the deductions applied while
 * it is appraised.
 */
@Path("campaigns/{id}/timeliness")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class TimelinessRulesResource {
  @Inject TimelinessDeductions deductions;

  @GET
  @Path("rules")
  public TimelinessJson.RulesJson rules(@PathParam("id") long id) {
    return TimelinessJson.RulesJson.of(deductions.rules(id));
  }

  /** Sets the rules: 200, or 422 for a value below 0, above 100 or finer than 0.01. */
  @PUT
  @Path("rules")
  @Consumes(MediaType.APPLICATION_JSON)
  public TimelinessJson.RulesJson setRules(
      @PathParam("id") long id, TimelinessJson.RulesJson body) {
    TimelinessJson.RulesJson rules = Bodies.required(body);
    Map<LapseKind, BigDecimal> points = rules.points() == null ? Map.of() : rules.points();
    return TimelinessJson.RulesJson.of(deductions.setRules(id, points, rules.cap()));
  }

  /** What each subject would lose under the rules today, with the lapses counted. */
  @GET
  @Path("deductions")
  public List<TimelinessJson.DeductionJson> preview(@PathParam("id") long id) {
    return deductions.preview(id).stream().map(TimelinessJson.DeductionJson::of).toList();
  }

  /** Takes the deductions off the subjects' points: 200, or 409 outside the appraisal. */
  @POST
  @Path("deductions")
  public List<TimelinessJson.DeductionJson> apply(@PathParam("id") long id) {
    return deductions.apply(id).stream().map(TimelinessJson.DeductionJson::of).toList();
  }
}
