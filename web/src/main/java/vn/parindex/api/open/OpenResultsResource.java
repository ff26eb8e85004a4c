package vn.parindex.api.open;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import vn.parindex.appraisal.OpenResults;
import vn.parindex.appraisal.Publication;
import vn.parindex.appraisal.VersionChange;
import vn.parindex.ranking.Result;
import vn.parindex.shared.CsvWriter;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;
import vn.parindex.web.shell.Downloads;

/**
 * {@code open/campaigns/{id}/results}: the open data of a campaign's published results, for anyone
 * without signing in — JSON with the version, its date, every version and what this one changed, or
 * {@code results.csv} (UTF-8 with a byte order mark, for Excel). {@code ?version=N} reads an
 * earlier version; without it, the latest.
 */
@Path("open/campaigns/{id}")
@RequestScoped
public class OpenResultsResource {
  private static final List<String> CSV_COLUMNS =
      List.of(
          "version",
          "published_at",
          "unit_code",
          "unit_name",
          "group",
          "total",
          "applicable_max",
          "index",
          "rank",
          "classification");

  @Inject OpenResults open;

  /** A published version in the list of versions. */
  public record VersionJson(int version, Instant publishedAt, String reason) {
    public static VersionJson of(Publication p) {
      return new VersionJson(p.getNumber(), p.getPublishedAt(), p.getReason());
    }
  }

  /** A unit's published result, named as in the campaign's year. */
  public record RowJson(
      String unitCode,
      String unitName,
      String group,
      BigDecimal total,
      BigDecimal applicableMax,
      BigDecimal index,
      int rank,
      String classification) {}

  /** One published version with the list of all and what it changed against the one before. */
  public record OpenResultsJson(
      long campaignId,
      String campaign,
      int year,
      int version,
      Instant publishedAt,
      String reason,
      List<VersionJson> versions,
      List<RowJson> results,
      List<VersionChange> changes) {
    /** The JSON of one version, read by the public or by a signed-in reader. */
    public static OpenResultsJson of(long id, OpenResults.OpenVersion v) {
      return new OpenResultsJson(
          id,
          v.campaign().getName(),
          v.campaign().getYear(),
          v.publication().getNumber(),
          v.publication().getPublishedAt(),
          v.publication().getReason(),
          v.versions().stream().map(VersionJson::of).toList(),
          v.results().stream().map(r -> row(r, v)).toList(),
          v.changes());
    }
  }

  @GET
  @Path("results")
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  public OpenResultsJson results(@PathParam("id") long id, @QueryParam("version") String version) {
    return OpenResultsJson.of(id, open.read(id, number(version)));
  }

  @GET
  @Path("results.csv")
  @Produces("text/csv;charset=UTF-8")
  public Response csv(@PathParam("id") long id, @QueryParam("version") String version) {
    OpenResults.OpenVersion v = open.read(id, number(version));
    StreamingOutput body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          CsvWriter.start(writer);
          CsvWriter.line(CSV_COLUMNS, writer);
          for (Result r : v.results()) {
            RowJson row = row(r, v);
            CsvWriter.line(
                Arrays.asList(
                    String.valueOf(v.publication().getNumber()),
                    v.publication().getPublishedAt().toString(),
                    row.unitCode(),
                    row.unitName(),
                    row.group(),
                    plain(row.total()),
                    plain(row.applicableMax()),
                    plain(row.index()),
                    String.valueOf(row.rank()),
                    row.classification()),
                writer);
          }
          writer.flush();
        };
    String file = "ket-qua-dot-" + id + "-phien-ban-" + v.publication().getNumber() + ".csv";
    return Downloads.attachment(body, "text/csv;charset=UTF-8", file).build();
  }

  private static RowJson row(Result r, OpenResults.OpenVersion v) {
    return new RowJson(
        r.unitCode(),
        v.names().getOrDefault(r.unitCode(), r.unitCode()),
        r.group() == null ? null : r.group().name(),
        r.total(),
        r.applicableMax(),
        r.index(),
        r.rank(),
        r.classification());
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  /** The version asked for, or null for the latest; a word is refused, not taken as the latest. */
  public static Integer number(String version) {
    if (version == null || version.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(version.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(Violation.ofField("version", "open.version.invalid"));
    }
  }
}
