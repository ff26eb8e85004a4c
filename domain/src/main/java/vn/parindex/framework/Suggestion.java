package vn.parindex.framework;

import java.math.BigDecimal;
import vn.parindex.shared.MessageKey;

/**
 * What a rule makes of an input: the points (clamped, 2 places) and a one-line explanation, named
 * as a message so that each reader sees it in their language.
 */
public record Suggestion(BigDecimal points, MessageKey explanation) {}
