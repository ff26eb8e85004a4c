package vn.parindex.framework;

import java.math.BigDecimal;

/** What a rule makes of an input: the points (clamped, 2 places) and a one-line explanation. */
public record Suggestion(BigDecimal points, String explanation) {}
