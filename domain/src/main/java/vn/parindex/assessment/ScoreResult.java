package vn.parindex.assessment;

/** A saved leaf with the rule's explanation of its suggested points and its state. */
public record ScoreResult(LeafScore score, String ruleExplanation, LeafState state) {}
