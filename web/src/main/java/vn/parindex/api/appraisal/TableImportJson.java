package vn.parindex.api.appraisal;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.parindex.appraisal.SurveyService;

/** What loading a table of points did: rows added and rows that replaced earlier points. */
public record TableImportJson(int added, int updated) {
  /** The 201 answer to a table loaded at {@code uri}. */
  static Response created(UriInfo uri, SurveyService.Imported imported) {
    return Response.created(uri.getAbsolutePath())
        .entity(new TableImportJson(imported.added(), imported.updated()))
        .build();
  }
}
