package mou.core.cycle;

/**
 * A group's year as the tables of its sheet, to fill in.
 *
 * @param acting who exports it (written on the About sheet)
 * @param groupId the group
 * @param year the year
 */
public record ExportYear(Acting acting, String groupId, int year) {
}
