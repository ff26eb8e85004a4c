package vn.parindex.assessment;

import java.math.BigDecimal;

/** What an officer saves for a leaf; {@code version} is the one the officer started from. */
public record ScoreInput(
    BigDecimal value, BigDecimal selfScore, String explanation, Long version, String reason) {}
