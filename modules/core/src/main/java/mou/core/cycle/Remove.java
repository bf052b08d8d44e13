package mou.core.cycle;

/**
 * Remove an event or a figure from a group's year (and from the quarterly updates that name it).
 *
 * @param acting who removes it
 * @param groupId the group
 * @param year the year
 * @param id the event's or figure's id
 */
public record Remove(Acting acting, String groupId, int year, String id) {
}
