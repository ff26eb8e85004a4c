package vn.parindex.framework;

/** A DRAFT edits freely; a PUBLISHED framework never changes; RETIRED is kept for history. */
public enum FrameworkStatus {
  DRAFT,
  PUBLISHED,
  RETIRED
}
