package vn.parindex.campaign;

import java.util.List;

/** What the coordinator gives to open a campaign: subjects only for a chosen INTERNAL list. */
public record NewCampaign(
    String name,
    Integer year,
    Long frameworkId,
    String kind,
    List<String> subjectUnitCodes,
    Phases phases,
    Boolean fourEyes) {}
