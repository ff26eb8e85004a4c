package vn.parindex.api.timeliness;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.parindex.api.problem.Bodies;
import vn.parindex.api.problem.Years;
import vn.parindex.api.report.ReportFiles;
import vn.parindex.reports.TimelinessReport;
import vn.parindex.timeliness.TimelinessRecord;

/**
 * {@code timeliness}: the year's record of timeliness of every unit that owed a campaign work, and
 * the report of it to the People's Committee; a unit's own record is {@code units/{code}/record}.
 */
@Path("timeliness")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class TimelinessResource {
  @Inject TimelinessRecord record;
  @Inject TimelinessReport report;

  /** Each unit's counts in {@code year}, by code. */
  @GET
  public List<TimelinessJson.RowJson> year(@QueryParam("year") String year) {
    return record.year(Years.checked(year)).stream().map(TimelinessJson.RowJson::of).toList();
  }

  /** The year's report as {@code pdf}, {@code docx} or {@code xlsx}. */
  @GET
  @Path("report")
  @Produces({
    "application/pdf",
    Bodies.XLSX,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  })
  public Response report(@QueryParam("year") String year, @QueryParam("format") String format) {
    return ReportFiles.of(report.of(Years.checked(year), ReportFiles.format(format, false)));
  }
}
