package vn.parindex.api.timeliness;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.parindex.api.problem.Years;
import vn.parindex.timeliness.TimelinessRecord;

/**
 * {@code units/{code}/record}: a unit's record of timeliness in a year, its predecessors' lapses
 * among them; its own people and Sở Nội vụ may read it, another unit may not (403).
 */
@Path("units/{code}/record")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitRecordResource {
  @Inject TimelinessRecord record;

  @GET
  public TimelinessJson.UnitRecordJson record(
      @PathParam("code") String code, @QueryParam("year") String year) {
    return TimelinessJson.UnitRecordJson.of(record.unit(code, Years.checked(year)));
  }
}
