package vn.parindex.appraisal;

import java.math.BigDecimal;

/** What an appraiser enters for a leaf in a round. */
public record AppraisalInput(
    Integer round,
    BigDecimal score,
    String comment,
    boolean needsExplanation,
    boolean notApplicable,
    Long version) {}
