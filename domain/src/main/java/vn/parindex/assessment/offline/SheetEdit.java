package vn.parindex.assessment.offline;

import vn.parindex.assessment.ScoreInput;

/** A leaf's save that a confirmed upload makes, as the leaf dialog would. */
public record SheetEdit(int row, String subjectCode, String code, ScoreInput input) {}
