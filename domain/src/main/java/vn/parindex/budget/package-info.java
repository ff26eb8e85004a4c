/**
 * The budget estimate of the year's exercise (Dự toán kinh phí): its line items by group, each with
 * its legal basis, totals in đồng, the amount the People's Committee approved and what was spent
 * against each line. Sở Nội vụ prepares it with Sở Tài chính, as the founding dispatch asks.
 */
package vn.parindex.budget;
