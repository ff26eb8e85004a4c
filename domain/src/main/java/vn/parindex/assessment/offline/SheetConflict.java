package vn.parindex.assessment.offline;

import java.io.Serializable;

/**
 * A leaf changed in the workbook and on the site since the download: the upload leaves it as the
 * site has it, and says so.
 */
public record SheetConflict(int row, String code, Long sheetVersion, Long currentVersion)
    implements Serializable {}
