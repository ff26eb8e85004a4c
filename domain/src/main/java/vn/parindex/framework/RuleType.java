package vn.parindex.framework;

/** The ways a leaf can be scored; the parameters of each are described on {@link ScoringRule}. */
public enum RuleType {
  MANUAL,
  BINARY,
  PROPORTIONAL,
  BANDS,
  DEDUCTION,
  SURVEY
}
