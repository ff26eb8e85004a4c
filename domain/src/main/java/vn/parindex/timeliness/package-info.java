/**
 * The record of timeliness: each unit's lapses in a year across every campaign (focal pair named
 * late, self-assessment sent late, work sent back, reminders, evidence given late), the table and
 * report Sở Nội vụ sends the People's Committee, and the deduction an INTERNAL campaign may take
 * for them.
 */
package vn.parindex.timeliness;
