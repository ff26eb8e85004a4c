/**
 * What each user has to do next, read from the campaigns they work in: the first page after login.
 * It only reads; every figure comes from the same use cases the workspace, the consolidation and
 * the appraisal sheet use, so the home page and those pages cannot disagree.
 */
package vn.parindex.agenda;
