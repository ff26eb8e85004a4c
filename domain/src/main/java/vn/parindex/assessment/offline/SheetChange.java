package vn.parindex.assessment.offline;

import java.io.Serializable;

/**
 * One cell an upload changes: its row and column in the workbook, the leaf, and the value before
 * and after (as the sheet writes them; null when empty).
 */
public record SheetChange(int row, String column, String code, String before, String after)
    implements Serializable {}
