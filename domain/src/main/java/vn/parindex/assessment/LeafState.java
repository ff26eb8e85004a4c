package vn.parindex.assessment;

/** Where one leaf stands in the workspace. */
public enum LeafState {
  NOT_STARTED,
  SCORED,
  RETURNED
}
