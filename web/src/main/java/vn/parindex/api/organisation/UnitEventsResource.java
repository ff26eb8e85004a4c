package vn.parindex.api.organisation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import vn.parindex.api.problem.Bodies;
import vn.parindex.reorganisation.RecordUnitEvent;
import vn.parindex.reorganisation.UnitEventDraft;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.reorganisation.WithdrawUnitEvent;

/**
 * {@code units/events}: the changes of units ordered by decisions (rename, merge, split, transfer,
 * dissolution), recorded with the day they took effect; each unit's history is {@code
 * units/{code}/history}.
 */
@Path("units/events")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitEventsResource {
  @Inject RecordUnitEvent record;
  @Inject WithdrawUnitEvent withdraw;
  @Inject UnitHistory history;

  /** Why a change is withdrawn. */
  public record WithdrawalRequest(String reason) {}

  /** Every recorded change, earliest first. */
  @GET
  public List<UnitEventJson> list() {
    return history.events().stream().map(UnitEventJson::of).toList();
  }

  /**
   * Records the changes of a table ({@code kind,from_codes,to_codes,effective_from,names,
   * legal_number,legal_date,legal_issuer}) in its order: 201 with each, or 422 by row and column
   * with nothing recorded.
   */
  @POST
  @Consumes("text/csv")
  public Response importCsv(InputStream body, @Context UriInfo uri) throws IOException {
    List<RecordUnitEvent.Recorded> recorded = record.importCsv(Bodies.csv(body));
    return Response.created(uri.getAbsolutePath())
        .entity(recorded.stream().map(UnitEventJson.RecordedJson::of).toList())
        .build();
  }

  /**
   * Records a change: 201 with the event and what became of the ended units' accounts, or 422 with
   * every reason (an unknown code, a unit merged twice on one day, a date before the unit existed).
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(UnitEventDraft draft, @Context UriInfo uri) {
    RecordUnitEvent.Recorded recorded = record.record(Bodies.required(draft));
    return Response.created(uri.getAbsolutePath())
        .entity(UnitEventJson.RecordedJson.of(recorded))
        .build();
  }

  /**
   * Withdraws a change recorded by mistake, undoing it: 200 with the event, now marked, and the
   * accounts moved back; 409 if it is withdrawn already, a unit has a later change or a unit it
   * created is in use; 422 without a reason; 404 for an unknown event.
   */
  @POST
  @Path("{id}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  public UnitEventJson.WithdrawnJson withdraw(@PathParam("id") long id, WithdrawalRequest request) {
    return UnitEventJson.WithdrawnJson.of(withdraw.withdraw(id, Bodies.required(request).reason()));
  }
}
