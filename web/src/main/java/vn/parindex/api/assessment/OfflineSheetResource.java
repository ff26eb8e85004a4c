package vn.parindex.api.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import vn.parindex.api.problem.Bodies;
import vn.parindex.assessment.offline.OfflineSheet;
import vn.parindex.assessment.offline.ScoreOffline;
import vn.parindex.assessment.offline.SheetChange;
import vn.parindex.assessment.offline.SheetConflict;
import vn.parindex.assessment.offline.SheetPreview;
import vn.parindex.assessment.offline.adapter.ScoringSheetXlsx;
import vn.parindex.web.security.Problem;
import vn.parindex.web.shell.Downloads;
import vn.parindex.web.shell.Messages;
import vn.parindex.web.shell.UserPreferences;

/**
 * {@code campaigns/{id}/units/{unit}/sheet}: the unit's offline scoring sheet. {@code GET} gives
 * the workbook; {@code POST …/preview} with the filled workbook as the body says what it would
 * change, its errors by row and column, and the leaves changed on the site meanwhile (conflicts),
 * saving nothing; {@code POST …/sheet} with the same body saves it (422 while it has errors). The
 * body is taken whatever its declared type and told apart by its content, as the other uploads.
 */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class OfflineSheetResource {
  @Inject ScoreOffline offline;
  @Inject UserPreferences preferences;
  @Inject Messages messages;

  /** The changes, conflicts and errors of an upload, and how many leaves it saved. */
  public record PreviewJson(
      int leaves,
      boolean saved,
      List<SheetChange> changes,
      List<SheetConflict> conflicts,
      List<Problem.Error> errors) {}

  @GET
  @Produces(Bodies.XLSX)
  public Response download(@PathParam("id") long id, @PathParam("unitCode") String unit) {
    Locale locale = preferences.getLocale();
    OfflineSheet sheet = offline.sheet(id, unit, locale.getLanguage());
    StreamingOutput body = out -> ScoringSheetXlsx.write(sheet, m -> messages.get(locale, m), out);
    return Downloads.attachment(body, Bodies.XLSX, messages.get(locale, "sheet.file", unit, id))
        .build();
  }

  @POST
  @Path("preview")
  public PreviewJson preview(
      @PathParam("id") long id,
      @PathParam("unitCode") String unit,
      @QueryParam("reason") String reason,
      InputStream body)
      throws IOException {
    return json(offline.preview(id, unit, Bodies.table(body), reason), false);
  }

  @POST
  public PreviewJson save(
      @PathParam("id") long id,
      @PathParam("unitCode") String unit,
      @QueryParam("reason") String reason,
      InputStream body)
      throws IOException {
    return json(offline.confirm(id, unit, Bodies.table(body), reason), true);
  }

  private PreviewJson json(SheetPreview preview, boolean saved) {
    Locale locale = preferences.getLocale();
    return new PreviewJson(
        preview.edits().size(),
        saved,
        preview.changes(),
        preview.conflicts(),
        preview.errors().stream()
            .map(
                v ->
                    Problem.Error.of(
                        v, messages.get(locale, v.messageKey(), v.arguments().toArray())))
            .toList());
  }
}
