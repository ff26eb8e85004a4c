package vn.parindex.api.appraisal;

import vn.parindex.appraisal.SurveyService;

/** What loading a table of points did: rows added and rows that replaced earlier points. */
public record TableImportJson(int added, int updated) {
  static TableImportJson of(SurveyService.Imported imported) {
    return new TableImportJson(imported.added(), imported.updated());
  }
}
