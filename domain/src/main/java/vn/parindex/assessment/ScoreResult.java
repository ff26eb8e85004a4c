package vn.parindex.assessment;

import vn.parindex.shared.MessageKey;

/** A saved leaf with the rule's explanation of its suggested points and its state. */
public record ScoreResult(LeafScore score, MessageKey ruleExplanation, LeafState state) {}
