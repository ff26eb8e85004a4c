package vn.parindex.framework;

/**
 * How a node is assessed. MIXED only describes a branch whose leaves differ, or a leaf whose method
 * is not settled yet (the 2022 reference table has such leaves); a published leaf is SELF or
 * SURVEY.
 */
public enum Method {
  SELF,
  SURVEY,
  MIXED
}
