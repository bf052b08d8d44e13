package mou.core.cycle;

/**
 * Open a reporting year: each group's year starts as a draft from its last year's levels, and the
 * program office's report file for the year is made.
 *
 * @param acting who opens it
 * @param year the calendar year
 * @param groupId one group only, or null for every group with a plan
 */
public record OpenYear(Acting acting, int year, String groupId) {
}
