package vn.parindex.assessment;

import java.util.List;

/** One page of the consolidation's leaves, and how many leaves all pages hold. */
public record ConsolidationPage(List<WorkspaceLeaf> rows, int total) {}
