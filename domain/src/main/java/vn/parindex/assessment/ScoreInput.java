package vn.parindex.assessment;

import java.math.BigDecimal;

/**
 * What an officer saves for a leaf; {@code version} is the one the officer started from, {@code
 * reason} why a saved leaf changes, {@code overrideReason} why the self-score departs from the
 * rule's points.
 */
public record ScoreInput(
    BigDecimal value,
    BigDecimal selfScore,
    String explanation,
    Long version,
    String reason,
    String overrideReason) {}
