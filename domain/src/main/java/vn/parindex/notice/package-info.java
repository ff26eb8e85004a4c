/**
 * Notices: what happened to a unit's work that its people must act on (a leaf returned, a request
 * received or answered, an explanation asked, the work approved or returned, a date drawing near),
 * kept per person with read or unread, and sent by e-mail where an address is known.
 */
package vn.parindex.notice;
