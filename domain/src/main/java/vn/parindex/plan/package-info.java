/**
 * The PAR plans of the year and their tasks: the province's annual plan (520/KH-UBND), the remedial
 * plan for the index (308/KH-UBND) and each unit's own plan. Lead units report progress on their
 * tasks with evidence; overdue tasks are reminded, counted in the units' record of timeliness, and
 * shown on the criteria they serve as a suggestion for the self-score.
 */
package vn.parindex.plan;
