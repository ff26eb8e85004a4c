/**
 * The leaders' survey: who in each unit must answer the Ministry's sociological survey, how many of
 * them must (the quota) and by when, and who has. Only participation is held, never an answer: the
 * Ministry's software collects those. Units below their quota are reminded, and a quota missed
 * counts in the unit's record of timeliness.
 */
package vn.parindex.survey;
