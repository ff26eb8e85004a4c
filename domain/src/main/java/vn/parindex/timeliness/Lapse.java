package vn.parindex.timeliness;

import java.time.LocalDate;

/**
 * One lapse of a unit in one campaign.
 *
 * @param unitCode the unit it happened to, which may be a predecessor of the unit whose record
 *     lists it
 * @param on the day it happened; for a lapse still open (nothing sent yet), the day it was due
 * @param daysLate days past the due date, counted to the day it was done or to today while open; 0
 *     where there is no due date (a return, a reminder)
 * @param open whether it is still open: nothing named, sent or given yet
 * @param nodeCode the criterion it concerns, where it concerns one
 */
public record Lapse(
    String unitCode,
    LapseKind kind,
    long campaignId,
    String campaignName,
    LocalDate on,
    int daysLate,
    boolean open,
    String nodeCode) {}
