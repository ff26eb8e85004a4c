package vn.parindex.assessment;

import java.time.LocalDate;

/** An at-risk flag: the cause, the remedy to apply at once, who answers for it, and by when. */
public record RiskInput(
    boolean atRisk, String cause, String remedy, String owner, LocalDate due, Long version) {}
