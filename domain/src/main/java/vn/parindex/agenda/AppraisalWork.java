package vn.parindex.agenda;

import vn.parindex.campaign.Phases;

/**
 * An appraiser's queue in one campaign of the current round: the subjects with leaves of its fields
 * not yet appraised, and how many such leaves.
 */
public record AppraisalWork(
    Long campaignId,
    String name,
    int round,
    Phases.Milestone due,
    Long daysLeft,
    int subjects,
    int subjectsWaiting,
    int leavesWaiting) {}
